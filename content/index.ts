/**
 * All knowledge content, as written in the repository. Parsed and checked by
 * `src/features/knowledge/content.ts`; loaded into the database at start.
 */
export { buildingBlocks } from './concepts/building-blocks.ts';
export { choices } from './concepts/choices.ts';
export { elements } from './concepts/elements.ts';
export { wegwijsGroups } from './concepts/groups.ts';
export {
  causes,
  consequences,
  definitions,
  figures,
  lonelinessTypes,
  spiral,
} from './concepts/loneliness.ts';
export { partners } from './concepts/partners.ts';
export { actionLines, pillars, toolkit } from './concepts/pillars.ts';
export { pilots } from './concepts/pilots.ts';
export { preventionLevels } from './concepts/prevention-levels.ts';
export { profileCaution, profiles } from './concepts/profiles.ts';
export { steps } from './concepts/steps.ts';
export { targetGroups } from './concepts/target-groups.ts';
export { tips } from './concepts/tips.ts';
export { promisingInterventions } from './interventions/promising.ts';
export { substantiatedInterventions } from './interventions/substantiated.ts';
export { recognisePage } from './pages/recognise.ts';
export { whatYouCanDoPage } from './pages/what-you-can-do.ts';
export { sources } from './sources.ts';
