# bedrock-graphql-gateway: the long-running server (HTTP, WebSocket, SSE).
# NODE_IMAGE: a current Node.js LTS on Debian. The AWS SDK's releases after early January 2027
# need Node 22 or later.
ARG NODE_IMAGE=node:24-bookworm-slim

# Build: every dependency, the compiler, then production dependencies only.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# Runtime: dist/ and production dependencies, as an unprivileged user.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 4000
# Liveness only (/healthz never looks at dependencies); orchestrators probe /readyz for traffic.
HEALTHCHECK --interval=10s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1 (exec form, no npm or shell in between), so SIGTERM reaches the gateway's
# own handler: readiness 503, new operations refused, SHUTDOWN_GRACE_MS for what runs, exit 0.
CMD ["node", "dist/main.js"]
