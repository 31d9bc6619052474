import { describe as describeError } from '../../src/platform/graphql/unit-of-work.plugin';
import { withoutEchoedValues } from '../../src/platform/graphql/error-formatting';

describe('what is logged of an unexpected error', () => {
  it('keeps only SQLSTATE, constraint and routine of a database error, never its message or detail', () => {
    const pgError = Object.assign(new Error('invalid input syntax for type uuid: "010203-1234"'), {
      code: '22P02',
      routine: 'string_to_uuid',
      detail: 'Key (email)=(person@example.dk) already exists.',
    });
    const logged = JSON.stringify(describeError(pgError));
    expect(logged).toBe('{"type":"DatabaseError","sqlState":"22P02","routine":"string_to_uuid"}');
  });

  it('keeps the stack of a programming error', () => {
    expect(describeError(new TypeError('x is undefined'))).toMatchObject({ type: 'TypeError', stack: expect.stringContaining('TypeError') });
  });
});

describe('GraphQL coercion messages', () => {
  it.each([
    ['Variable "$first" got invalid value "010203-1234"; Int cannot represent non-integer value: "010203-1234"', 'Variable "$first" got an invalid value; check its type in the schema'],
    ['Variable "$input" got invalid value "a; b" at "input.email"; Expected type "String".', 'Variable "$input" got an invalid value at "input.email"; check its type in the schema'],
    ['Expected value of type "Int!", found "0102031234".', 'Expected value of type "Int!", found an invalid value.'],
  ])('%s is rewritten without the value', (message, expected) => {
    expect(withoutEchoedValues(message)).toBe(expected);
  });
});
