import { signal } from '@preact/signals';
import {
  checkUrl as checkUrlWith,
  findSensitiveData,
  type KeyValueStorage,
  type RefundGuardConfig,
  type ResolvedConfig,
  type RiskLevel,
  reminderFor,
  SCENARIOS,
  type ScanResult,
  type ScenarioId,
  scanConversation,
  scanText,
  type ThemeConfig,
  type ThemeMode,
  type TopicId,
  type TrackEvent,
  type UrlCheck,
  validateConfig,
} from '@refundguard/core';
import { render } from 'preact';
import { createProblemReporter } from './errors.js';
import { createGuardEvents, type GuardEventMap, type GuardEventName, type GuardListener } from './events.js';
import {
  browserStorage,
  contentFor,
  createGuardState,
  type GuardState,
  localeFor,
  type ReminderVariant,
  riskDetail,
} from './guard-state.js';
import { guardInput as guardInputWith, type InputGuardOptions } from './host/input-guard.js';
import { guardLinks as guardLinksWith } from './host/link-guard.js';
import { type WatchMessagesOptions, watchMessages as watchMessagesWith } from './host/message-watcher.js';
import { mergeConfig } from './host/queue.js';
import { OWN_NODE_ATTRIBUTE, type RiskDialogRequest, type RiskHost, type RiskNotice } from './host/risk-host.js';
import { prepareShadowRoot } from './host/shadow.js';
import { CautionView, OverlayView, ReminderView } from './render.js';
import { applyTheme } from './styles/index.js';

/** Options for {@link RefundGuard.mount}. */
export interface MountOptions {
  /** Which reminder to show. Default: the element's `data-refundguard` value, else `order-status`. */
  scenario?: ScenarioId;
  /** `'card'` (default) or the compact `'banner'`. Default: the element's `data-variant`, else `'card'`. */
  variant?: 'card' | 'banner';
}

/** Options for {@link RefundGuard.show}. */
export interface ShowOptions {
  /** Lead with one pretext's warning, e.g. `'lost-parcel'`. */
  topic?: TopicId;
  /** Show even if the frequency cap would keep it quiet. */
  prominent?: boolean;
}

/** Data for {@link RefundGuard.track}: `text` for messages, `url` for links. */
export interface TrackData {
  text?: string;
  url?: string;
}

/** Environment overrides, mainly for tests and unusual hosts. */
export interface GuardEnvironment {
  /** Where frequency caps are remembered. Default: localStorage with an in-memory fallback. */
  storage?: KeyValueStorage;
}

/**
 * A RefundGuard: one configuration, any number of reminders, and the page
 * integrations that interrupt risky moments. No method throws into the page.
 */
export interface RefundGuard {
  /** Render a reminder inside `element`'s shadow root; returns a function that removes it. */
  mount(element: HTMLElement, options?: MountOptions): () => void;
  /** Bring a scenario's reminder forward: highlight a mounted one, or show a toast. */
  show(scenario: ScenarioId, options?: ShowOptions): void;
  /**
   * Tell the guard what just happened. Order events show the matching reminder
   * (`refund_requested` → after-sales, prominent); `message_received` and
   * `message_sending` scan `data.text`; `link_clicked` checks `data.url`.
   * Returns the risk level that was found (`'none'` for order events).
   */
  track(event: TrackEvent, data?: TrackData): RiskLevel;
  /** Scan a message with the guard's locale; emits `risk` when it is medium or high. */
  scan(text: string): ScanResult;
  /** Check a URL against the configured official domains. */
  checkUrl(url: string): UrlCheck;
  /** Switch language at runtime (`'auto'` re-reads the page). */
  setLocale(locale: string): void;
  /** Switch theme at runtime. */
  setTheme(theme: ThemeMode | ThemeConfig): void;
  /** Merge more configuration (what `RefundGuard('init', config)` does after load). */
  configure(config: RefundGuardConfig): void;
  /** Listen to an event; `ready` is replayed to late listeners. */
  on<K extends GuardEventName>(event: K, listener: GuardListener<K>): void;
  /** Stop listening. */
  off<K extends GuardEventName>(event: K, listener: GuardListener<K>): void;
  /** Scan incoming chat messages in `container` and caution beside risky ones. Returns an unsubscribe function. */
  watchMessages(container: Element, options?: WatchMessagesOptions): () => void;
  /** Intercept clicks on links in `container` that leave the platform. Returns an unsubscribe function. */
  guardLinks(container: Node): () => void;
  /** Ask before card numbers, codes, ID numbers or outside contacts are sent from `input`. Returns an unsubscribe function. */
  guardInput(input: HTMLInputElement | HTMLTextAreaElement, options?: InputGuardOptions): () => void;
  /** The validated configuration in use. */
  readonly config: ResolvedConfig;
  /** The catalog locale in use. */
  readonly locale: string;
  /** Remove every node, listener and observer this guard added. */
  destroy(): void;
}

const noop = () => {};

/** The variant a placeholder asks for with `data-variant="banner"`; anything else is the card. */
const variantOf = (element: HTMLElement): 'card' | 'banner' =>
  element.dataset.variant === 'banner' ? 'banner' : 'card';

/**
 * Create a guard. Bad configuration is reported once on the console (and as an
 * `error` event) and replaced by safe defaults; it never throws.
 * @example
 * const guard = createRefundGuard({ locale: 'auto', region: 'CN', platform: { name: 'Taobao' } });
 * guard.mount(document.querySelector('#refund-help')!, { scenario: 'after-sales' });
 * guard.track('refund_requested');
 */
export function createRefundGuard(input: RefundGuardConfig = {}, environment: GuardEnvironment = {}): RefundGuard {
  let rawConfig: RefundGuardConfig = input;
  const reporter = createProblemReporter((problem) => events.emit('error', problem));
  const events = createGuardEvents((error) =>
    reporter.report({ code: 'listener', message: `an event listener threw: ${String(error)}` }),
  );
  const validated = (raw: unknown): ResolvedConfig => {
    const { config, problems } = validateConfig(raw);
    for (const problem of problems) {
      reporter.report({ code: `config:${problem.path}`, message: `config ${problem.path}: ${problem.message}` });
    }
    return config;
  };
  const state: GuardState = createGuardState(
    validated(input),
    events,
    reporter,
    environment.storage ?? browserStorage(),
  );
  const roots = new Set<ShadowRoot>();
  const mounts = new Map<
    HTMLElement,
    { scenario: ScenarioId; topic: ReturnType<typeof signal<TopicId | undefined>>; dispose: () => void }
  >();
  const cleanups = new Set<() => void>();
  let overlay: { host: HTMLElement; root: ShadowRoot } | null = null;
  let destroyed = false;
  let toastCount = 0;

  const styleRoot = (host: HTMLElement) => {
    const config = state.config.value;
    const root = prepareShadowRoot(host, config.nonce, config.theme, { largeText: config.largeText });
    roots.add(root);
    return root;
  };

  const ensureOverlay = () => {
    if (overlay || destroyed) return;
    const host = document.createElement('div');
    host.setAttribute(OWN_NODE_ATTRIBUTE, 'overlay');
    document.body.append(host);
    const root = styleRoot(host);
    render(<OverlayView state={state} />, root);
    overlay = { host, root };
  };

  const isScenario = (value: unknown): value is ScenarioId => SCENARIOS.includes(value as ScenarioId);
  const scenarioOr = (value: unknown, where: string): ScenarioId => {
    if (isScenario(value)) return value;
    reporter.report({
      code: `scenario:${String(value)}`,
      message: `${where}: unknown scenario "${String(value)}"; use one of ${SCENARIOS.join(', ')}. Showing order-status.`,
    });
    return 'order-status';
  };

  const riskHost: RiskHost = {
    report: (notice: RiskNotice) => events.emit('risk', riskDetail(notice)),
    placeCaution(anchor, notice) {
      if (destroyed) return noop;
      const host = document.createElement('span');
      host.setAttribute(OWN_NODE_ATTRIBUTE, 'caution');
      anchor.after(host);
      const root = styleRoot(host);
      render(<CautionView state={state} notice={notice} />, root);
      const remove = () => {
        render(null, root);
        roots.delete(root);
        host.remove();
        cleanups.delete(remove);
      };
      cleanups.add(remove);
      return remove;
    },
    openDialog(request: RiskDialogRequest) {
      if (destroyed || state.dialog.value) return false;
      state.dialog.value = request;
      ensureOverlay();
      return true;
    },
  };

  const showToast = (scenario: ScenarioId, options: ShowOptions) => {
    if (state.toasts.value.some((toast) => toast.scenario === scenario)) return;
    state.toasts.value = [
      ...state.toasts.value,
      { id: ++toastCount, scenario, variant: 'toast' as ReminderVariant, topic: signal(options.topic) },
    ];
    // After the toast is in the state, so a new overlay draws it in its very first render.
    ensureOverlay();
  };

  const assessText = (text: unknown, source: 'message' | 'scan'): ScanResult => {
    const result = scanText(typeof text === 'string' ? text : '', { locale: state.locale.value });
    if (result.level === 'medium' || result.level === 'high') {
      events.emit('risk', {
        level: result.level,
        source,
        signals: result.signals.map(({ id, category }) => ({ id, category })),
      });
    }
    return result;
  };

  const officialDomains = () => {
    const configured = state.config.value.platform?.officialDomains ?? [];
    return configured.length > 0 || typeof location === 'undefined' ? configured : [location.hostname];
  };
  const checkLink = (url: string) =>
    checkUrlWith(url, {
      officialDomains: officialDomains(),
      locale: state.locale.value,
      ...(typeof location !== 'undefined' ? { base: location.href } : {}),
    });

  const guard: RefundGuard = {
    mount(element, options = {}) {
      return reporter.guarded(
        'mount',
        () => {
          if (destroyed) return noop;
          mounts.get(element)?.dispose();
          const scenario = scenarioOr(options.scenario ?? element.dataset.refundguard, 'mount');
          const topic = signal<TopicId | undefined>(undefined);
          const root = styleRoot(element);
          render(
            <ReminderView
              state={state}
              scenario={scenario}
              variant={options.variant ?? variantOf(element)}
              topic={topic}
            />,
            root,
          );
          const dispose = () => {
            if (mounts.get(element)?.dispose !== dispose) return;
            mounts.delete(element);
            render(null, root);
            roots.delete(root);
          };
          mounts.set(element, { scenario, topic, dispose });
          return dispose;
        },
        noop,
      );
    },
    show(scenario, options = {}) {
      reporter.guarded(
        'show',
        () => {
          if (destroyed) return;
          const id = scenarioOr(scenario, 'show');
          const mounted = [...mounts.values()].filter((mount) => mount.scenario === id);
          for (const mount of mounted) mount.topic.value = options.topic;
          if (mounted.length > 0) return;
          const { revision } = contentFor(state, id);
          if (options.prominent || state.policy.allows(id, revision)) showToast(id, options);
        },
        undefined,
      );
    },
    track(event, data = {}) {
      return reporter.guarded<RiskLevel>(
        'track',
        () => {
          if (destroyed) return 'none';
          if (event === 'message_received') {
            const result = assessText(data.text, 'message');
            if (result.level === 'high') {
              riskHost.openDialog({
                source: 'message',
                level: 'high',
                explanations: [...new Set(result.signals.map((signal) => signal.explanation))],
                signals: result.signals.map(({ id, category }) => ({ id, category })),
              });
            } else if (result.level === 'medium') {
              guard.show('chat', { prominent: true });
            }
            return result.level;
          }
          if (event === 'link_clicked') {
            const check = checkLink(String(data.url ?? ''));
            if (check.level === 'high' || check.level === 'medium') {
              const notice: RiskNotice = {
                source: 'link',
                level: check.level,
                explanations: check.reasons.map((reason) => reason.explanation),
                signals: check.reasons.map((reason) => ({ id: reason.id, category: check.verdict })),
                ...(check.imitates ? { imitates: check.imitates } : {}),
              };
              riskHost.report(notice);
              if (check.level === 'high') riskHost.openDialog(notice);
            }
            return check.level;
          }
          if (event === 'message_sending') {
            const found = findSensitiveData(String(data.text ?? ''), { locale: state.locale.value });
            if (found.length === 0) return 'none';
            const level: RiskLevel = found.some((match) => match.level === 'high') ? 'high' : 'medium';
            const notice: RiskNotice = {
              source: 'input',
              level,
              explanations: [...new Set(found.map((match) => match.explanation))],
              signals: found.map((match) => ({ id: match.kind, category: 'sensitive-data' })),
            };
            riskHost.report(notice);
            riskHost.openDialog(notice);
            return level;
          }
          const action = reminderFor(event, state.config.value.eventActions);
          if (!action) {
            reporter.report({
              code: `track:${String(event)}`,
              message: `track("${String(event)}"): unknown event; see docs/events.md for the list.`,
            });
            return 'none';
          }
          guard.show(action.scenario, {
            ...(action.topic ? { topic: action.topic } : {}),
            ...(action.prominent ? { prominent: true } : {}),
          });
          return 'none';
        },
        'none',
      );
    },
    scan(text) {
      return reporter.guarded('scan', () => assessText(text, 'scan'), { level: 'none', score: 0, signals: [] });
    },
    checkUrl(url) {
      return reporter.guarded('checkUrl', () => checkLink(String(url)), {
        level: 'none',
        verdict: 'invalid',
        host: null,
        reasons: [],
      });
    },
    setLocale(locale) {
      reporter.guarded(
        'setLocale',
        () => {
          rawConfig = mergeConfig(rawConfig, { locale });
          state.config.value = validated(rawConfig);
          state.resolved.value = localeFor(state.config.value);
        },
        undefined,
      );
    },
    setTheme(theme) {
      reporter.guarded(
        'setTheme',
        () => {
          rawConfig = mergeConfig(rawConfig, { theme });
          state.config.value = validated(rawConfig);
          for (const root of roots)
            applyTheme(root, state.config.value.theme, { largeText: state.config.value.largeText });
        },
        undefined,
      );
    },
    configure(config) {
      reporter.guarded(
        'configure',
        () => {
          rawConfig = mergeConfig(rawConfig, config);
          state.config.value = validated(rawConfig);
          state.resolved.value = localeFor(state.config.value);
          for (const root of roots)
            applyTheme(root, state.config.value.theme, { largeText: state.config.value.largeText });
        },
        undefined,
      );
    },
    on(event, listener) {
      reporter.guarded('on', () => events.on(event, listener), undefined);
    },
    off(event, listener) {
      reporter.guarded('off', () => events.off(event, listener), undefined);
    },
    watchMessages(container, options) {
      return reporter.guarded(
        'watchMessages',
        () => {
          if (destroyed) return noop;
          const stop = watchMessagesWith(
            container,
            {
              ...riskHost,
              scanText: (text) => scanText(text, { locale: state.locale.value }),
              scanConversation: (turns) => scanConversation(turns, { locale: state.locale.value }),
            },
            options,
          );
          return remember(stop);
        },
        noop,
      );
    },
    guardLinks(container) {
      return reporter.guarded(
        'guardLinks',
        () => (destroyed ? noop : remember(guardLinksWith(container, { ...riskHost, checkUrl: checkLink }))),
        noop,
      );
    },
    guardInput(field, options) {
      return reporter.guarded(
        'guardInput',
        () =>
          destroyed
            ? noop
            : remember(
                guardInputWith(
                  field,
                  { ...riskHost, findSensitiveData: (text) => findSensitiveData(text, { locale: state.locale.value }) },
                  options,
                ),
              ),
        noop,
      );
    },
    get config() {
      return state.config.value;
    },
    get locale() {
      return state.locale.value;
    },
    destroy() {
      reporter.guarded(
        'destroy',
        () => {
          if (destroyed) return;
          for (const mount of [...mounts.values()]) mount.dispose();
          for (const cleanup of [...cleanups]) cleanup();
          if (overlay) {
            render(null, overlay.root);
            overlay.host.remove();
            overlay = null;
          }
          state.dialog.value = null;
          state.toasts.value = [];
          roots.clear();
          events.clear();
          destroyed = true;
        },
        undefined,
      );
    },
  };

  /** Remember an integration's stop function so destroy() can call it; the returned stop forgets it too. */
  function remember(stop: () => void): () => void {
    const once = () => {
      cleanups.delete(once);
      stop();
    };
    cleanups.add(once);
    return once;
  }

  queueMicrotask(() => {
    if (!destroyed) events.emit('ready', { locale: state.locale.value });
  });
  return guard;
}

export type { GuardEventMap };
