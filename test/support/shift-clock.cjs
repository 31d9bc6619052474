// Preloaded into a service process (NODE_OPTIONS=--require) to run it with its
// clock ahead of the machine's by SHIFT_CLOCK_MS, as a second server with a
// drifting clock would be. Test-only: nothing in the service reads it.
const shift = Number(process.env.SHIFT_CLOCK_MS || 0);
const realNow = Date.now;
Date.now = () => realNow() + shift;
