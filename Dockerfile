# syntax=docker/dockerfile:1
# The service and its web client in one image. Untested here (no Docker engine on the
# build machine): kept to the conventional shape so it works as written elsewhere.

# Build: install from the lockfile, compile the service, build the web client.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && node scripts/build-web.mjs --force

# Runtime: production dependencies only, the compiled service and the built client, not root.
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 LEDGER_WITNESS_DIR=/var/lib/nsk/ledger
WORKDIR /app
COPY package.json package-lock.json ./
COPY web/package.json web/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force \
  && mkdir -p /var/lib/nsk/ledger /app/.data && chown -R node:node /var/lib/nsk /app/.data
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM reaches node directly (exec form): readiness off, requests in flight answered, then exit.
CMD ["node", "dist/src/main.js"]
