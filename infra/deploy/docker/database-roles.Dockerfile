# syntax=docker/dockerfile:1
# A one-off job, run as the cluster's superuser before the migrations: each service's
# migration and runtime roles, schemas and grants (infra/src/postgres/service-roles.ts),
# with the passwords taken from the services' own database URLs.
# Build from the repository root:  docker build -f infra/deploy/docker/database-roles.Dockerfile -t terugkeer/database-roles .
ARG NODE_VERSION=24.22.3

FROM node:${NODE_VERSION}-bookworm-slim AS build
# pnpm asks nothing and changes no lockfile in CI mode.
ENV CI=true
WORKDIR /src
RUN npm install --global --no-fund --no-audit pnpm@10.34.8
COPY . .
RUN pnpm install --frozen-lockfile --ignore-scripts \
 && pnpm exec turbo run build --filter=@terugkeer/infra
# pg and pg-boss are the only packages the role bootstrap imports; the case service's
# production dependencies hold both, without the launcher's embedded PostgreSQL.
# A flat node_modules (pnpm's hoisted layout), so the two files need nothing of the workspace.
RUN find . -name node_modules -type d -prune -exec rm -rf {} + \
 && pnpm install --frozen-lockfile --prod --offline --ignore-scripts --config.node-linker=hoisted --filter=@terugkeer/case \
 && mkdir -p /out/postgres \
 && cp -a infra/dist/postgres/service-roles.js infra/dist/postgres/role-passwords.js /out/postgres/ \
 && cp -a infra/deploy/docker/database-roles/bootstrap.mjs node_modules /out/ \
 && echo '{ "type": "module" }' > /out/package.json

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production TERUGKEER_DATA_DIR=/tmp/terugkeer
WORKDIR /app
COPY --from=build /out /app
USER node
CMD ["node", "bootstrap.mjs"]
