# One image for migrate, api and worker (docker-compose.yml): the compiled output `npm start` runs.
# Node 20.20, as on the developers' machines and CI (package.json `engines`).
ARG NODE_IMAGE=node:20.20-bookworm-slim

# Build: every dependency, then the web client (web/dist) and the server (server/dist).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Run: the server's production dependencies and the built output, nothing else. The server bundle
# holds @zamena/shared and the data files (dictionaries, reference data); migrations/ and web/dist
# are read beside it (server/dist is to the repository root what server/src is).
FROM ${NODE_IMAGE}
WORKDIR /app
ENV NODE_ENV=production PORT=3000
COPY package.json package-lock.json .npmrc ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --omit=dev --workspace=server --no-audit --no-fund && npm cache clean --force
COPY migrations migrations
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/web/dist web/dist
USER node
EXPOSE 3000
CMD ["node", "--enable-source-maps", "server/dist/main.js"]
