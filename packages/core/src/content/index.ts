export {
  CATALOGS,
  GUARD_CATALOGS,
  REMINDER_CATALOGS,
  SHIPPED_LOCALES,
  type ShippedLocale,
} from './catalogs/index.js';
export { getContent } from './get-content.js';
export {
  getHelpLines,
  hasRegionHelpLines,
  REGION_HELP_LINES,
  type RegionHelpLine,
  resolveRegion,
  telHref,
} from './help-lines.js';
export { contentRevision } from './revision.js';
export type {
  Catalog,
  GuardCatalog,
  GuardKey,
  HelpLine,
  MessageKey,
  ReminderCatalog,
  ReminderKey,
  ScenarioContent,
  ScenarioId,
  TextDirection,
  TopicContent,
  TopicId,
  TrapContent,
  TrapId,
} from './types.js';
export { SCENARIOS, TOPICS, TRAPS } from './types.js';
