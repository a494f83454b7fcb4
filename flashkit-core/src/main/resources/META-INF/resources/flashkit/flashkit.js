/*!
 * flashkit.js — behaviour for Flashkit flash messages. No dependencies, plain ES2017.
 *
 * - close buttons ([data-flashkit-dismiss]) work without Bootstrap's JavaScript;
 * - auto-dismiss per level: success, info and debug after 5000 ms, warning and error stay.
 *   Override per container (or page-wide on <body>/<html>) with data-flashkit-timeout-<level>="ms"
 *   and per message with data-flashkit-timeout="ms" (0 = stay). Timers pause while a message is
 *   hovered or focused and while the page is hidden;
 * - honours prefers-reduced-motion (no animations);
 * - a page restored by back/forward (bfcache) drops the messages it showed before;
 * - renders messages delivered by htmx (HX-Trigger: {"flashkit:messages": {"messages": [...]}})
 *   or JSON (Flashkit.fetch(url), Flashkit.render(messages)) as toasts.
 *
 * Message text, titles and labels are always inserted as text, never as HTML.
 */
(function (window, document) {
  'use strict';

  if (window.Flashkit && window.Flashkit.version) {
    return; // loaded twice: keep the first instance
  }

  var MESSAGE = '.flashkit-message';
  var LEAVE_MS = 200;

  var defaults = {
    timeouts: { debug: 5000, info: 5000, success: 5000, warning: 0, error: 0 },
    endpoint: '/api/messages'
  };

  var reducedMotion = window.matchMedia
    ? window.matchMedia('(prefers-reduced-motion: reduce)')
    : { matches: false };

  /** Per-message timer state, keyed by element. */
  var timers = new WeakMap();

  function parseMs(value) {
    if (value === null || value === undefined || value === '') {
      return null;
    }
    var ms = Number(value);
    return isFinite(ms) && ms >= 0 ? ms : null;
  }

  /** Timeout for one message: its own attribute, then its container's, then the defaults. */
  function timeoutFor(el) {
    var own = parseMs(el.getAttribute('data-flashkit-timeout'));
    if (own !== null) {
      return own;
    }
    var level = (el.getAttribute('data-flashkit-level') || '').toLowerCase();
    if (/^[a-z0-9_-]+$/.test(level)) {
      // The nearest ancestor that sets this level's timeout: the container, or <body>/<html> page-wide.
      var attribute = 'data-flashkit-timeout-' + level;
      var holder = el.closest('[' + attribute + ']');
      var inherited = holder ? parseMs(holder.getAttribute(attribute)) : null;
      if (inherited !== null) {
        return inherited;
      }
    }
    var known = Object.prototype.hasOwnProperty.call(defaults.timeouts, level);
    var fromDefaults = known ? parseMs(defaults.timeouts[level]) : null;
    return fromDefaults === null ? 0 : fromDefaults; // unknown levels stay until closed
  }

  function emit(target, name, detail) {
    target.dispatchEvent(new CustomEvent(name, { bubbles: true, detail: detail }));
  }

  function dismiss(el, reason) {
    if (!el || !el.isConnected || el.classList.contains('flashkit-leaving')) {
      return;
    }
    stopTimer(el);
    var detail = {
      id: el.getAttribute('data-flashkit-id'),
      level: el.getAttribute('data-flashkit-level'),
      reason: reason || 'api'
    };
    var remove = function () {
      if (!el.isConnected) {
        return;
      }
      var parent = el.parentNode;
      el.remove();
      emit(parent || document, 'flashkit:dismissed', detail);
    };
    if (reducedMotion.matches) {
      remove();
      return;
    }
    el.classList.add('flashkit-leaving');
    window.setTimeout(remove, LEAVE_MS);
  }

  function stopTimer(el) {
    var state = timers.get(el);
    if (state && state.handle !== null) {
      window.clearTimeout(state.handle);
      state.remaining -= Date.now() - state.startedAt;
      state.handle = null;
    }
  }

  function shouldPause(el) {
    return document.hidden || el.matches(':hover') || el.contains(document.activeElement);
  }

  function startTimer(el) {
    var state = timers.get(el);
    if (!state || !state.auto || state.handle !== null || !el.isConnected || shouldPause(el)) {
      return;
    }
    state.startedAt = Date.now();
    state.handle = window.setTimeout(function () {
      state.handle = null;
      dismiss(el, 'timeout');
    }, Math.max(0, state.remaining));
  }

  /** Wires one message element; safe to call more than once. */
  function bind(el) {
    if (timers.has(el)) {
      return;
    }
    var timeout = timeoutFor(el);
    timers.set(el, { remaining: timeout, startedAt: 0, handle: null, auto: timeout > 0 });
    if (timeout <= 0) {
      return;
    }
    var pause = function () { stopTimer(el); };
    var resume = function () {
      window.setTimeout(function () { startTimer(el); }, 0); // let focus/hover settle first
    };
    el.addEventListener('mouseenter', pause);
    el.addEventListener('focusin', pause);
    el.addEventListener('mouseleave', resume);
    el.addEventListener('focusout', resume);
    startTimer(el);
  }

  function init(root) {
    var scope = root || document;
    if (scope.nodeType === 1 && scope.matches(MESSAGE)) {
      bind(scope);
    }
    if (scope.querySelectorAll) {
      scope.querySelectorAll(MESSAGE).forEach(bind);
    }
  }

  function cssToken(value, fallback) {
    var token = String(value || '').trim();
    return /^[A-Za-z0-9_-]+$/.test(token) ? token : fallback;
  }

  /** Only http(s), mailto and relative links; anything else (javascript:, data:) is dropped. */
  function safeHref(href) {
    if (typeof href !== 'string' || href.trim() === '') {
      return null;
    }
    try {
      var url = new URL(href, window.location.href);
      return ['http:', 'https:', 'mailto:'].indexOf(url.protocol) >= 0 ? href : null;
    } catch (e) {
      return null;
    }
  }

  function isAssertive(level, levelValue) {
    if (level === 'warning' || level === 'error') {
      return true;
    }
    return typeof levelValue === 'number' && levelValue >= 30;
  }

  /** Builds the same markup the server-side renderer produces, with text nodes only. */
  function build(message) {
    var level = cssToken(message.level, 'info').toLowerCase();
    var el = document.createElement('div');
    el.className = 'alert alert-' + cssToken(message.css, level) +
      ' alert-dismissible flashkit-message flashkit-toast';
    if (isAssertive(level, message.levelValue)) {
      el.setAttribute('role', 'alert');
    } else {
      el.setAttribute('role', 'status');
      el.setAttribute('aria-live', 'polite');
    }
    el.setAttribute('data-flashkit-level', level);
    if (message.id !== null && message.id !== undefined) {
      el.setAttribute('data-flashkit-id', String(message.id));
    }
    el.setAttribute('data-flashkit-tags', message.tags ? String(message.tags) : level);
    if (message.title) {
      var title = document.createElement('strong');
      title.className = 'flashkit-title';
      title.textContent = String(message.title);
      el.appendChild(title);
      el.appendChild(document.createTextNode(' '));
    }
    var text = document.createElement('span');
    text.className = 'flashkit-text';
    text.textContent = message.text === null || message.text === undefined ? '' : String(message.text);
    el.appendChild(text);
    var href = message.action ? safeHref(message.action.href) : null;
    if (href !== null) {
      el.appendChild(document.createTextNode(' '));
      var link = document.createElement('a');
      link.className = 'alert-link flashkit-action';
      link.setAttribute('href', href);
      link.textContent = String(message.action.label || href);
      el.appendChild(link);
    }
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'btn-close';
    close.setAttribute('data-flashkit-dismiss', '');
    close.setAttribute('aria-label', 'Close');
    el.appendChild(close);
    return el;
  }

  function toastContainer() {
    var container = document.querySelector('.flashkit-toasts');
    if (!container) {
      container = document.createElement('div');
      container.className = 'flashkit-toasts';
      document.body.appendChild(container);
    }
    return container;
  }

  function alreadyShown(id) {
    if (id === null || id === undefined) {
      return false;
    }
    var wanted = String(id);
    return Array.prototype.some.call(
      document.querySelectorAll(MESSAGE + '[data-flashkit-id]'),
      function (el) { return el.getAttribute('data-flashkit-id') === wanted; });
  }

  /** Renders message objects as toasts; returns the elements added. */
  function render(messages) {
    var list = Array.isArray(messages) ? messages : [];
    var added = [];
    list.forEach(function (message) {
      if (!message || typeof message !== 'object' || alreadyShown(message.id)) {
        return;
      }
      var el = build(message);
      toastContainer().appendChild(el);
      bind(el);
      added.push(el);
    });
    return added;
  }

  /** GETs a JSON {"messages": [...]} document and renders it; resolves to the elements added. */
  function fetchMessages(url) {
    return window.fetch(url || defaults.endpoint, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('Flashkit.fetch: ' + response.status + ' from ' + response.url);
      }
      return response.json();
    }).then(function (body) {
      return render(body && body.messages);
    });
  }

  function configure(options) {
    if (options && options.timeouts) {
      Object.keys(options.timeouts).forEach(function (level) {
        defaults.timeouts[level.toLowerCase()] = options.timeouts[level];
      });
    }
    if (options && options.endpoint) {
      defaults.endpoint = options.endpoint;
    }
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-flashkit-dismiss]');
    if (button) {
      dismiss(button.closest(MESSAGE), 'close');
    }
  });

  document.addEventListener('flashkit:messages', function (event) {
    render(event.detail && event.detail.messages);
  });

  document.addEventListener('visibilitychange', function () {
    document.querySelectorAll(MESSAGE).forEach(function (el) {
      if (document.hidden) {
        stopTimer(el);
      } else {
        startTimer(el);
      }
    });
  });

  // Back/forward restored this page from the browser's cache: its messages were already shown once.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      document.querySelectorAll(MESSAGE).forEach(function (el) {
        stopTimer(el);
        el.remove();
      });
    }
  });

  function observe() {
    init(document);
    if (window.MutationObserver) {
      new MutationObserver(function (records) {
        records.forEach(function (record) {
          record.addedNodes.forEach(function (node) {
            if (node.nodeType === 1) {
              init(node);
            }
          });
        });
      }).observe(document.documentElement, { childList: true, subtree: true });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', observe);
  } else {
    observe();
  }

  window.Flashkit = {
    version: '0.1.0',
    init: init,
    render: render,
    fetch: fetchMessages,
    dismiss: function (el) { dismiss(el, 'api'); },
    configure: configure
  };
})(window, document);
