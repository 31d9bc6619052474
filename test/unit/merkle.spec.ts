import { createHash, generateKeyPairSync } from 'node:crypto';
import * as note from '../../src/platform/ledger/signed-note';
import { EMPTY_ROOT, leafHash, MerkleLevels, nodeHash, TreeHasher, verifyConsistency, verifyInclusion } from '../../src/platform/ledger/merkle';

const hex = (buffer: Buffer) => buffer.toString('hex');
const unhex = (text: string) => Buffer.from(text, 'hex');

// The Certificate Transparency reference vectors (certificate-transparency-go,
// merkle/testdata): eight leaf inputs, the root at every size, and the proofs below.
const CT_LEAF_INPUTS = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(unhex);
const CT_ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const CT_INCLUSION = [
  { index: 0, size: 8, proof: ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'] },
  { index: 5, size: 8, proof: ['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'] },
];
const CT_CONSISTENCY = [
  { first: 2, second: 8, proof: ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'] },
  { first: 6, second: 8, proof: ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'] },
];

const levelsOf = (leaves: Buffer[]) => new MerkleLevels(Buffer.concat(leaves), leaves.length);
const ctLeaves = CT_LEAF_INPUTS.map(leafHash);

describe('the ledger Merkle tree is RFC 6962', () => {
  it('gives the reference root at every size, streamed and from levels', () => {
    const streamed = new TreeHasher();
    expect(hex(streamed.root())).toBe(CT_ROOTS[0]);
    ctLeaves.forEach((leaf, index) => {
      streamed.pushHex(hex(leaf));
      expect(hex(streamed.root())).toBe(CT_ROOTS[index + 1]);
      expect(hex(levelsOf(ctLeaves).root(index + 1))).toBe(CT_ROOTS[index + 1]);
    });
    expect(hex(EMPTY_ROOT)).toBe(CT_ROOTS[0]);
    expect(hex(nodeHash(ctLeaves[0], ctLeaves[1]))).toBe(CT_ROOTS[2]);
  });

  it('produces and accepts the reference inclusion and consistency proofs', () => {
    const levels = levelsOf(ctLeaves);
    for (const vector of CT_INCLUSION) {
      expect(levels.inclusionProof(vector.index, vector.size).map(hex)).toEqual(vector.proof);
      expect(verifyInclusion(ctLeaves[vector.index], vector.index, vector.size, vector.proof.map(unhex), unhex(CT_ROOTS[vector.size]))).toBe(true);
    }
    for (const vector of CT_CONSISTENCY) {
      expect(levels.consistencyProof(vector.first, vector.second).map(hex)).toEqual(vector.proof);
      expect(verifyConsistency(vector.first, vector.second, unhex(CT_ROOTS[vector.first]), unhex(CT_ROOTS[vector.second]), vector.proof.map(unhex))).toBe(true);
    }
  });

  // Every shape of the recursion, and every way a proof can be spoilt.
  const leaves = Array.from({ length: 40 }, (_, index) => leafHash(createHash('sha256').update(`leaf ${index}`).digest()));
  const levels = levelsOf(leaves);
  const roots = Array.from({ length: leaves.length + 1 }, (_, size) => levels.root(size));

  it('proves every leaf in every tree size up to 40 and refuses spoilt proofs', () => {
    let checked = 0;
    for (let size = 1; size <= leaves.length; size++) {
      expect(roots[size].equals(levelsOf(leaves.slice(0, size)).root())).toBe(true);
      for (let index = 0; index < size; index++) {
        const proof = levels.inclusionProof(index, size);
        expect(verifyInclusion(leaves[index], index, size, proof, roots[size])).toBe(true);
        expect(verifyInclusion(leaves[(index + 1) % size], index, size, proof, roots[size])).toBe(size === 1);
        if (proof.length > 0) {
          const flipped = proof.map((node) => Buffer.from(node));
          flipped[proof.length - 1][3] ^= 1;
          expect(verifyInclusion(leaves[index], index, size, flipped, roots[size])).toBe(false);
          expect(verifyInclusion(leaves[index], index, size, proof.slice(0, -1), roots[size])).toBe(false);
        }
        expect(verifyInclusion(leaves[index], index, size, [...proof, leaves[0]], roots[size])).toBe(false);
        checked += 1;
      }
    }
    expect(checked).toBe(820);
  });

  it('proves every pair of tree sizes consistent and refuses spoilt proofs and rewritten histories', () => {
    const rewritten = leaves.map((leaf, index) => (index === 7 ? leafHash(Buffer.from('changed')) : leaf));
    const rewrittenLevels = levelsOf(rewritten);
    for (let second = 1; second <= leaves.length; second++) {
      for (let first = 1; first <= second; first++) {
        const proof = levels.consistencyProof(first, second);
        expect(verifyConsistency(first, second, roots[first], roots[second], proof)).toBe(true);
        if (proof.length > 0) {
          expect(verifyConsistency(first, second, roots[first], roots[second], proof.slice(1))).toBe(false);
          expect(verifyConsistency(first, second, roots[first], roots[second], [...proof, leaves[0]])).toBe(false);
        }
        if (first > 7 && first < second) {
          // The newer tree changed leaf 7: its proof cannot connect to the older, honest root.
          const forged = rewrittenLevels.consistencyProof(first, second);
          expect(verifyConsistency(first, second, roots[first], rewrittenLevels.root(second), forged)).toBe(false);
        }
      }
    }
  });

  it('gives the same tree from a buffer of leaves as one leaf at a time, from any size, in runs of any length', () => {
    const leaves = Buffer.concat(Array.from({ length: 300 }, (_, i) => leafHash(Buffer.from([i & 255, i >> 8]))));
    for (const [start, runs] of [[0, [300]], [5, [1, 2, 3, 64, 100]], [7, [9, 16, 33, 128]], [64, [64, 1, 127]], [1, [255]]] as [number, number[]][]) {
      const byLeaf = new TreeHasher();
      const byRun = new TreeHasher();
      for (let i = 0; i < start; i++) {
        byLeaf.pushHex(hex(leaves.subarray(i * 32, i * 32 + 32)));
        byRun.pushHex(hex(leaves.subarray(i * 32, i * 32 + 32)));
      }
      let at = start;
      for (const run of runs) {
        byRun.pushLeaves(leaves.subarray(at * 32, (at + run) * 32));
        for (let i = at; i < at + run; i++) byLeaf.pushHex(hex(leaves.subarray(i * 32, i * 32 + 32)));
        at += run;
        expect(byRun.size).toBe(byLeaf.size);
        expect(hex(byRun.root())).toBe(hex(byLeaf.root()));
        expect(byRun.frontier()).toEqual(byLeaf.frontier());
      }
    }
    // And the reference roots.
    const reference = new TreeHasher();
    reference.pushLeaves(Buffer.concat(CT_LEAF_INPUTS.map(leafHash)));
    expect(hex(reference.root())).toBe(CT_ROOTS[8]);
  });

  it('refuses malformed input without throwing', () => {
    expect(verifyInclusion(Buffer.alloc(31), 0, 1, [], roots[1])).toBe(false);
    expect(verifyInclusion(leaves[0], 1, 1, [], roots[1])).toBe(false);
    expect(verifyInclusion(leaves[0], -1, 2, [], roots[2])).toBe(false);
    expect(verifyConsistency(3, 2, roots[3], roots[2], [])).toBe(false);
    expect(verifyConsistency(2, 2, roots[2], roots[3], [])).toBe(false);
    expect(() => levels.inclusionProof(40, 40)).toThrow(RangeError);
    expect(() => levels.consistencyProof(5, 41)).toThrow(RangeError);
  });
});

describe('checkpoints are C2SP signed notes', () => {
  const seed = Buffer.alloc(32, 5);
  const key = note.signingKeyFromSeed('nsk-ledger', seed);
  const checkpoint = { origin: 'nsk-ledger/0b1c', treeSize: 8, rootHash: unhex(CT_ROOTS[8]), time: new Date('2026-12-01T12:00:00.000Z') };

  it('signs and opens, and the verifier key round-trips', () => {
    const signed = note.signCheckpoint(checkpoint, key);
    expect(signed).toBe(`nsk-ledger/0b1c\n8\n${unhex(CT_ROOTS[8]).toString('base64')}\ntime 2026-12-01T12:00:00.000Z\n\n\u2014 nsk-ledger ${signed.split(' ').at(-1)}`);
    const verifier = note.parseVerifierKey(note.verifierKey(key));
    expect(note.openCheckpoint(signed, verifier)).toEqual(checkpoint);
  });

  it('computes the key id as the signed-note specification does', () => {
    // c2sp.org/signed-note: key id = SHA-256(name || 0x0A || 0x01 || key)[:4]
    const expected = createHash('sha256').update(Buffer.concat([Buffer.from('nsk-ledger\n'), Buffer.of(1), key.publicKey])).digest().subarray(0, 4);
    expect(key.keyId.equals(expected)).toBe(true);
  });

  it('refuses an altered text, another key and garbage', () => {
    const signed = note.signCheckpoint(checkpoint, key);
    const verifier = note.parseVerifierKey(note.verifierKey(key));
    expect(() => note.openCheckpoint(signed.replace('\n8\n', '\n9\n'), verifier)).toThrow(note.NoteError);
    const other = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32);
    expect(() => note.openCheckpoint(signed, note.signingKeyFromSeed('nsk-ledger', other))).toThrow(note.NoteError);
    expect(() => note.openCheckpoint('nonsense', verifier)).toThrow(note.NoteError);
    expect(() => note.parseVerifierKey('a+b')).toThrow(note.NoteError);
  });
});
