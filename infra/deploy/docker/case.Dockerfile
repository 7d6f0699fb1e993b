# syntax=docker/dockerfile:1
# The case subgraph: organization directory, cases, absence, the dossier and its consents.
# Build from the repository root:  docker build -f infra/deploy/docker/case.Dockerfile -t terugkeer/case .
# Run its migrations with the same image:  node services/case/dist/migrate.js
ARG NODE_VERSION=24.22.3

FROM node:${NODE_VERSION}-bookworm-slim AS build
# pnpm asks nothing and changes no lockfile in CI mode.
ENV CI=true
WORKDIR /src
RUN npm install --global --no-fund --no-audit pnpm@10.34.8
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm exec turbo run build --filter=@terugkeer/case
# The service and the workspace packages it runs on, with production dependencies only
# (installed again from pnpm's store, offline), without sources or tests.
RUN find . -name node_modules -type d -prune -exec rm -rf {} + \
 && pnpm install --frozen-lockfile --prod --offline --ignore-scripts --filter=@terugkeer/case... \
 && for dir in packages/domain packages/env packages/events packages/service-kit services/case; do \
      mkdir -p /out/$dir && cp -a $dir/package.json $dir/dist /out/$dir/ \
      && if [ -d $dir/node_modules ]; then cp -a $dir/node_modules /out/$dir/; fi; \
    done \
 && cp -a node_modules package.json /out/

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production TERUGKEER_MODE=production HOST=0.0.0.0 TERUGKEER_DATA_DIR=/data
WORKDIR /app
# Owned by root and not writable by the user the service runs as; the root filesystem is mounted read-only too.
COPY --from=build /out /app
USER node
EXPOSE 4101
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.CASE_PORT ?? 4101) + '/livez').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "services/case/dist/main.js"]
