# annexa for CI systems without Node:
#   docker build -t annexa .
#   docker run --rm -v "$PWD:/repo" annexa check /repo -f text
# Two stages: the build needs the dev dependencies (TypeScript), the image only the runtime ones.
FROM node:20-alpine AS build
WORKDIR /annexa
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-alpine
# git: evidence ages, diff and --changed-since read the repository's history.
RUN apk add --no-cache git && git config --system --add safe.directory '*'
WORKDIR /annexa
COPY --from=build /annexa/package.json ./
COPY --from=build /annexa/node_modules ./node_modules
COPY --from=build /annexa/dist ./dist
COPY --from=build /annexa/bin ./bin
COPY --from=build /annexa/catalogs ./catalogs
COPY --from=build /annexa/schemas ./schemas
COPY --from=build /annexa/templates ./templates
COPY --from=build /annexa/docs ./docs
RUN ln -s /annexa/bin/annexa.js /usr/local/bin/annexa
WORKDIR /repo
ENTRYPOINT ["annexa"]
CMD ["check", "."]
