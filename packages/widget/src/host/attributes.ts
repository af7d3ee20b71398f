import type { RefundGuardConfig } from '@refundguard/core';
import { findConfigBlock } from './config-block.js';

/** `data-*` attributes of the script tag (as `dataset` names) that set the config key of the same name. */
const SIMPLE_ATTRIBUTES = ['locale', 'fallbackLocale', 'region', 'theme', 'nonce'] as const;

const PLATFORM_ATTRIBUTES = [
  ['platformName', 'name'],
  ['platformHotline', 'hotline'],
  ['contactPath', 'contactPath'],
] as const;

/** What the script tag says, plus anything it could not read. */
export interface AttributeConfig {
  config: RefundGuardConfig;
  problems: string[];
}

/**
 * Read the configuration a merchant put on the script tag: simple `data-*`
 * attributes, and `data-config="ID"` naming a `<script type="application/json">`
 * with the whole config (see {@link findConfigBlock} for which element counts). Attributes win over
 * the JSON block, which is the broader default.
 */
export function readAttributeConfig(script: HTMLScriptElement | null, doc: Document = document): AttributeConfig {
  const problems: string[] = [];
  if (!script) return { config: {}, problems };
  const data = script.dataset;
  let config: RefundGuardConfig = {};

  if (data.config) {
    const block = findConfigBlock(data.config, doc);
    if ('refused' in block) problems.push(block.refused);
    else {
      if (block.ignored > 0) problems.push(`data-config="${data.config}": other elements use this id; ignored.`);
      try {
        const parsed: unknown = JSON.parse(block.element.textContent ?? '');
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
          config = parsed as RefundGuardConfig;
        else problems.push(`data-config="${data.config}": expected a JSON object.`);
      } catch (error) {
        problems.push(`data-config="${data.config}": not valid JSON (${(error as Error).message}).`);
      }
    }
  }

  for (const key of SIMPLE_ATTRIBUTES) {
    const value = data[key];
    if (value) (config as Record<string, unknown>)[key] = value;
  }
  const platform: Record<string, unknown> = { ...config.platform };
  for (const [attribute, key] of PLATFORM_ATTRIBUTES) {
    const value = data[attribute];
    if (value) platform[key] = value;
  }
  if (data.officialDomains) {
    platform.officialDomains = data.officialDomains
      .split(',')
      .map((domain) => domain.trim())
      .filter(Boolean);
  }
  if (Object.keys(platform).length > 0) config.platform = platform;
  if (!config.nonce && script.nonce) config.nonce = script.nonce;
  return { config, problems };
}
