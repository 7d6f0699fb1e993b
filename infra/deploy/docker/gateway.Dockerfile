# syntax=docker/dockerfile:1
# The gateway: Hive Gateway over the supergraph composed at build time, with the frontends'
# persisted operations. Its signing key is mounted at $TERUGKEER_DATA_DIR/keys (a Secret).
# Build from the repository root:  docker build -f infra/deploy/docker/gateway.Dockerfile -t terugkeer/gateway .
ARG NODE_VERSION=24.22.3

FROM node:${NODE_VERSION}-bookworm-slim AS build
# pnpm asks nothing and changes no lockfile in CI mode.
ENV CI=true
WORKDIR /src
RUN npm install --global --no-fund --no-audit pnpm@10.34.8
COPY . .
# The graphql-client build writes the persisted operations the gateway enforces.
RUN pnpm install --frozen-lockfile \
 && pnpm exec turbo run build --filter=@terugkeer/gateway --filter=@terugkeer/graphql-client
RUN find . -name node_modules -type d -prune -exec rm -rf {} + \
 && pnpm install --frozen-lockfile --prod --offline --ignore-scripts --filter=@terugkeer/gateway... \
 && for dir in packages/domain packages/env packages/events packages/service-kit services/gateway; do \
      mkdir -p /out/$dir && cp -a $dir/package.json $dir/dist /out/$dir/ \
      && if [ -d $dir/node_modules ]; then cp -a $dir/node_modules /out/$dir/; fi; \
    done \
 && cp -a services/gateway/supergraph.graphql /out/services/gateway/ \
 && mkdir -p /out/packages/graphql-client/src/gql \
 && cp -a packages/graphql-client/src/gql/persisted-documents.json /out/packages/graphql-client/src/gql/ \
 && cp -a node_modules package.json /out/

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production TERUGKEER_MODE=production HOST=0.0.0.0 TERUGKEER_DATA_DIR=/data
WORKDIR /app
COPY --from=build /out /app
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.GATEWAY_PORT ?? 4000) + '/livez').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "services/gateway/dist/main.js"]
