export { getContent } from './get-content.js';
export type {
  Catalog,
  HelpLine,
  MessageKey,
  ScenarioContent,
  ScenarioId,
  TextDirection,
  TopicContent,
  TopicId,
  TrapContent,
  TrapId,
} from './types.js';
export { SCENARIOS } from './types.js';
