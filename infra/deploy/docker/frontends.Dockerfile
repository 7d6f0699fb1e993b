# syntax=docker/dockerfile:1
# The shell and the four remotes as static files behind nginx, one port each (8080 shell,
# 8081 employee, 8082 manager, 8083 company doctor, 8084 coach), with compression and the
# security headers of infra/src/platform/frontend-server.ts; the shell's /config.js and the
# Content-Security-Policy are made at start from the PUBLIC_*_URL, OIDC_* and EMBED_ORIGINS variables.
# Build from the repository root:  docker build -f infra/deploy/docker/frontends.Dockerfile -t terugkeer/frontends .
ARG NODE_VERSION=24.22.3

FROM node:${NODE_VERSION}-bookworm-slim AS build
# pnpm asks nothing and changes no lockfile in CI mode.
ENV CI=true
WORKDIR /src
RUN npm install --global --no-fund --no-audit pnpm@10.34.8
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm exec turbo run build --filter='./frontends/*'

FROM nginxinc/nginx-unprivileged:1.28.0-alpine
USER root
# The image's own site listens on the shell's port.
RUN rm /etc/nginx/conf.d/default.conf
COPY infra/deploy/docker/frontends/nginx.conf /etc/nginx/nginx.conf
COPY infra/deploy/docker/frontends/sites.conf.template infra/deploy/docker/frontends/common.inc.template /etc/nginx/templates/
COPY infra/deploy/docker/frontends/15-terugkeer-origins.envsh infra/deploy/docker/frontends/30-terugkeer-config.sh /docker-entrypoint.d/
COPY --from=build /src/frontends/shell/dist /usr/share/nginx/shell
COPY --from=build /src/frontends/employee/dist /usr/share/nginx/employee
COPY --from=build /src/frontends/manager/dist /usr/share/nginx/manager
COPY --from=build /src/frontends/company-doctor/dist /usr/share/nginx/company-doctor
COPY --from=build /src/frontends/coach/dist /usr/share/nginx/coach
# Rendered at start into these two directories, which are tmpfs mounts under a read-only root.
ENV NGINX_ENVSUBST_OUTPUT_DIR=/etc/nginx/conf.d TERUGKEER_RUNTIME_DIR=/tmp/terugkeer
USER 101
EXPOSE 8080 8081 8082 8083 8084
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/livez"]
