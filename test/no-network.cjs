// Preloaded (NODE_OPTIONS=--require) by the OCR network test into every process and worker thread
// of the CLI: any attempt to open a socket, resolve a name or fetch is written to
// $KNEBEL_NET_LOG and fails, so the test sees it even if the caller swallows the error.
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const { isMainThread } = require('node:worker_threads');

const log = process.env.KNEBEL_NET_LOG;
function refuse(what) {
  if (log) fs.appendFileSync(log, `${process.pid}${isMainThread ? '' : ' (worker thread)'}: ${what}\n`);
  throw new Error(`network access refused in test: ${what}`);
}
net.Socket.prototype.connect = function connect(...args) {
  const target = args[0];
  return refuse(`socket connect ${typeof target === 'object' ? JSON.stringify(target) : String(target)}`);
};
dns.lookup = (host) => refuse(`dns lookup ${host}`);
globalThis.fetch = async (url) => refuse(`fetch ${url}`);
