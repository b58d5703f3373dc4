// The first script of an example app's page in the browser tests (test/servers/frameworks-plugin.mjs puts it
// there), before the framework or any widget loads. It records:
// - every event listener that is added and not yet removed (EventTarget.prototype.addEventListener and
//   removeEventListener, `once` listeners after they fire, `signal` listeners after the abort), with its target;
// - every error: uncaught exceptions, unhandled rejections and console.error calls.
// test/frameworks/example-app.ts reads both through `window.__probe`.
(function () {
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  /** @type {Set<{ target: EventTarget, type: string, listener: unknown, capture: boolean }>} */
  const live = new Set();
  const errors = [];

  function captureOf(options) {
    return typeof options === 'boolean' ? options : Boolean(options && options.capture);
  }
  function find(target, type, listener, capture) {
    for (const record of live) {
      if (record.target === target && record.type === type && record.listener === listener && record.capture === capture) return record;
    }
    return undefined;
  }

  proto.addEventListener = function (type, listener, options) {
    add.call(this, type, listener, options);
    if (!listener) return;
    const capture = captureOf(options);
    const signal = options && typeof options === 'object' ? options.signal : undefined;
    // The DOM ignores a second registration of the same listener, and one with an aborted signal.
    if (find(this, type, listener, capture) || (signal && signal.aborted)) return;
    const record = { target: this, type: String(type), listener: listener, capture: capture };
    live.add(record);
    if (options && typeof options === 'object' && options.once) {
      add.call(this, type, function () { live.delete(record); }, { once: true, capture: capture });
    }
    if (signal) add.call(signal, 'abort', function () { live.delete(record); }, { once: true });
  };
  proto.removeEventListener = function (type, listener, options) {
    remove.call(this, type, listener, options);
    const record = find(this, String(type), listener, captureOf(options));
    if (record) live.delete(record);
  };

  function describe(value) {
    if (value instanceof Error) return value.stack || value.message;
    try {
      return typeof value === 'string' ? value : JSON.stringify(value);
    } catch (_e) {
      return String(value);
    }
  }
  add.call(window, 'error', function (event) {
    errors.push('uncaught: ' + describe(event.error || event.message));
  });
  add.call(window, 'unhandledrejection', function (event) {
    errors.push('unhandled rejection: ' + describe(event.reason));
  });
  const consoleError = console.error;
  console.error = function (...args) {
    errors.push('console.error: ' + args.map(describe).join(' '));
    return consoleError.apply(this, args);
  };

  window.__probe = {
    errors: errors,
    /** The listeners in place now, as a list (a copy). */
    listeners: function () {
      return Array.from(live);
    },
  };
})();
