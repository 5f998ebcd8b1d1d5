import { defineKind, each } from './kind.js';

export interface PartyRequirement {
  description: string;
  addressed: boolean;
  how?: string;
  controls?: string[];
}

export interface InterestedPartySpec {
  standards?: string[];
  category?: string;
  requirements: PartyRequirement[];
}

/** An interested party, its requirements and which of them the management system addresses (4.2). */
export const interestedParty = defineKind<'InterestedParty', InterestedPartySpec>({
  kind: 'InterestedParty',
  schemaFile: 'interested-party.schema.json',
  docAnchor: 'interestedparty',
  summary: 'an interested party with its requirements and whether each is addressed',
  controlRefs: (s) => s.requirements.flatMap((r, i) => each(r.controls, `/spec/requirements/${i}/controls`)),
});
