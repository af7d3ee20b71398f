import { signal } from '@preact/signals-core';
import {
  createFrequencyPolicy,
  type RefundGuardConfig,
  type ResolvedConfig,
  type RiskLevel,
  SCENARIOS,
  type ScenarioId,
  type TopicId,
  validateConfigWith,
} from '@refundguard/core';
import { render } from 'preact';
import { WITH_INTEGRATIONS } from './build-flags.js';
import { createProblemReporter } from './errors.js';
import { createGuardEvents, type GuardEventMap } from './events.js';
import type { GuardEnvironment, RefundGuard, ShowOptions } from './guard-api.js';
import { browserStorage, contentFor, createGuardState, type GuardState, localeFor } from './guard-state.js';
import { mergeConfig } from './host/queue.js';
import { OWN_NODE_ATTRIBUTE } from './host/risk-host.js';
import { prepareShadowRoot } from './host/shadow.js';
import type { ChatCapabilities, ChatMethods, GuardIntegration, IntegrationHost } from './integration.js';
import { missingChatGuards, noFindings, noop, noUrlCheck } from './missing-chat.js';
import { OverlayView, ReminderView } from './render.js';
import { applyTheme } from './styles/index.js';
import { type TrackContext, trackEvent } from './track.js';

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
  const reporter = createProblemReporter((problem) => events.emit('error', problem));
  const events = createGuardEvents((error) =>
    reporter.report({ code: 'listener', message: `an event listener threw: ${String(error)}` }),
  );
  // Anything but a list of integrations (`integrations: chatGuards()` without the brackets) is reported below, not
  // thrown into the page.
  const integrations: readonly unknown[] =
    WITH_INTEGRATIONS && Array.isArray(environment.integrations) ? environment.integrations : [];
  const usable = WITH_INTEGRATIONS
    ? integrations.filter(
        (item): item is GuardIntegration => typeof (item as GuardIntegration | null)?.setup === 'function',
      )
    : [];
  // The chat guards bring their strings' English; without them the reminders' is all a page carries.
  const guardEnglish = WITH_INTEGRATIONS ? usable.find((integration) => integration.english)?.english : undefined;
  const validated = (raw: unknown): ResolvedConfig => {
    const { config, problems } = validateConfigWith(raw, guardEnglish);
    for (const problem of problems) {
      reporter.report({ code: `config:${problem.path}`, message: `config ${problem.path}: ${problem.message}` });
    }
    return config;
  };
  const storage = browserStorage(environment.storage, () =>
    reporter.report({
      code: 'storage',
      message: 'localStorage is unusable: reminder counts last only until the page closes',
    }),
  );
  const state: GuardState = createGuardState(validated(input), events, reporter, storage);
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

  const showToast = (scenario: ScenarioId, options: ShowOptions) => {
    const showing = state.toasts.value.find((toast) => toast.scenario === scenario);
    if (showing) {
      showing.topic.value = options.topic;
      return;
    }
    state.toasts.value = [...state.toasts.value, { id: ++toastCount, scenario, topic: signal(options.topic) }];
    // After the toast is in the state, so a new overlay draws it in its very first render.
    ensureOverlay();
  };

  let chat: ChatCapabilities | undefined;
  if (WITH_INTEGRATIONS) connectIntegrations();
  /** Set up each integration: the chat guards get what they need of the guard and bring their own capabilities. */
  function connectIntegrations() {
    const integrationHost: IntegrationHost = {
      state,
      reporter,
      styleRoot,
      releaseRoot: (root) => roots.delete(root),
      ensureOverlay,
      remember,
      isDestroyed: () => destroyed,
      show: (scenario, options) => guard.show(scenario, options),
    };
    if (
      usable.length !== integrations.length ||
      (environment.integrations !== undefined && !Array.isArray(environment.integrations))
    ) {
      reporter.report({
        code: 'integrations',
        message: 'integrations should be a list such as [chatGuards()]; what is not one was left out',
      });
    }
    for (const integration of usable) {
      reporter.guarded(
        `integration:${integration.name}`,
        () => {
          chat = integration.setup(integrationHost);
          state.overlayPart = chat.OverlayPart;
        },
        undefined,
      );
    }
  }
  /** The chat guards, or the guard's own stand-ins that say which file or import provides them. */
  let standIns: ChatMethods | undefined;
  const chatOr = (): ChatMethods => {
    if (chat) return chat;
    standIns ??= missingChatGuards(reporter);
    return standIns;
  };

  const tracking: TrackContext = {
    state,
    reporter,
    chat: chatOr,
    show: (scenario, options) => guard.show(scenario, options),
  };

  /**
   * scan and the watchers: through the chat guards, each call guarded, in a build that can connect them;
   * refundguard.js, which cannot, takes the stand-ins as they are (they only report, and cannot throw). Spread
   * first into the guard, so its own `track` and `checkUrl` replace the stand-ins' ones: checkUrl reads its
   * argument as a string first in every build, and reports one that cannot be read as its own failure.
   */
  const chatMethods: Omit<ChatMethods, 'track' | 'checkUrl'> = WITH_INTEGRATIONS
    ? {
        scan(text) {
          return reporter.guarded('scan', () => chatOr().scan(text), noFindings());
        },
        watchMessages(container, options) {
          return reporter.guarded('watchMessages', () => chatOr().watchMessages(container, options), noop);
        },
        guardLinks(container) {
          return reporter.guarded('guardLinks', () => chatOr().guardLinks(container), noop);
        },
        guardInput(field, options) {
          return reporter.guarded('guardInput', () => chatOr().guardInput(field, options), noop);
        },
      }
    : chatOr();

  const guard: RefundGuard = {
    ...chatMethods,
    checkUrl(url) {
      return reporter.guarded('checkUrl', () => chatOr().checkUrl(String(url)), noUrlCheck());
    },
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
          return trackEvent(tracking, event, data);
        },
        'none',
      );
    },
    setLocale(locale) {
      guard.configure({ locale });
    },
    setTheme(theme) {
      guard.configure({ theme });
    },
    configure(patch) {
      reporter.guarded(
        'configure',
        () => {
          // Merged onto the already validated config, so only the new keys can raise problems.
          const config = validated(mergeConfig(state.config.value, patch));
          state.config.value = config;
          state.resolved.value = localeFor(config);
          if (patch && typeof patch === 'object' && 'frequency' in patch) {
            state.policy = createFrequencyPolicy(storage, config.frequency);
          }
          for (const root of roots) applyTheme(root, config.theme, { largeText: config.largeText });
        },
        undefined,
      );
    },
    // Adding or removing a listener cannot throw (a listener that throws is caught where it is called).
    on(event, listener) {
      events.on(event, listener);
    },
    off(event, listener) {
      events.off(event, listener);
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
          if (WITH_INTEGRATIONS) for (const cleanup of [...cleanups]) cleanup();
          if (overlay) {
            render(null, overlay.root);
            overlay.host.remove();
            overlay = null;
          }
          if (WITH_INTEGRATIONS) state.dialog.value = null;
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

export type { GuardEnvironment, MountOptions, RefundGuard, ShowOptions, TrackData } from './guard-api.js';
export type { GuardEventMap };
