# Production-like image: the server runs from TypeScript sources with tsx, the client is prebuilt.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV NODE_ENV=production PORT=4000
EXPOSE 4000
USER node
CMD ["node", "--import", "tsx", "server/src/main.ts"]
