// Browser host only: defines window.peerOffice over HTTP, with the same shape the Electron preload gives.
// The per-run token comes from a meta tag in the page, which other sites cannot read.
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="peer-office-token"]');
  var token = meta ? meta.getAttribute('content') : '';
  var listeners = {};
  window.peerOffice = Object.freeze({
    host: 'browser',
    invoke: function (channel, input) {
      return fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Peer-Office-Token': token },
        body: JSON.stringify({ channel: channel, input: input === undefined ? {} : input }),
      })
        .then(function (res) {
          // Every API answer is JSON; anything else (a refused host, a proxy page) is said plainly.
          if ((res.headers.get('Content-Type') || '').indexOf('application/json') !== 0) {
            return { ok: false, error: { code: 'FORBIDDEN', message: 'Peer Office refused this request (' + res.status + '). Open the address printed by "npm run dev:browser".' } };
          }
          return res.json();
        })
        .catch(function () {
          return { ok: false, error: { code: 'INTERNAL', message: 'Peer Office is not running. Start it again and reload this page.' } };
        });
    },
    on: function (event, listener) {
      (listeners[event] = listeners[event] || []).push(listener);
      return function () { listeners[event] = (listeners[event] || []).filter(function (l) { return l !== listener; }); };
    },
  });
})();
