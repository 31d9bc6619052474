import { Inject, Injectable, Optional } from '@nestjs/common';
import { FieldFinding, findPersonalData } from './anonymisation-guard';
import { KNOWN_NAMES, KnownNames, withoutKnownNames } from './known-names';
import { FindingKind } from './scanner';

/**
 * The guard's findings in a set of fields, less the names of people the
 * municipality knows (its staff, its speakers): what the input pipe refuses
 * and what the minutes record.
 */
@Injectable()
export class TextScreening {
  constructor(@Optional() @Inject(KNOWN_NAMES) private readonly known?: KnownNames) {}

  async findings(texts: Record<string, string>): Promise<FieldFinding[]> {
    const findings = findPersonalData(texts);
    // The known names are read only when a name was found (one statement).
    if (!this.known || !findings.some((finding) => finding.kind === FindingKind.NAME)) return findings;
    return withoutKnownNames(findings, texts, await this.known.names());
  }
}
