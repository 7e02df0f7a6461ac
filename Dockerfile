# syntax=docker/dockerfile:1
# Multi-stage build of HealLink's two images, from one build stage:
#   docker build --target bot   -t heallink-bot .
#   docker build --target admin -t heallink-admin .
# (No Docker engine runs on our development machines, so this file is kept correct on paper and exercised where
# Docker is available; docker-compose.yml runs both on one volume.)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig HealLink.sln ./
COPY HealLink.Core/HealLink.Core.csproj HealLink.Core/
COPY HealLink.Bot/HealLink.Bot.csproj HealLink.Bot/
COPY HealLink.Admin/HealLink.Admin.csproj HealLink.Admin/
RUN dotnet restore HealLink.Bot/HealLink.Bot.csproj && dotnet restore HealLink.Admin/HealLink.Admin.csproj
COPY HealLink.Core/ HealLink.Core/
COPY HealLink.Bot/ HealLink.Bot/
COPY HealLink.Admin/ HealLink.Admin/
# Directory.Build.props names linux-x64, so restore and publish carry only that platform's native files: ONNX
# Runtime's libonnxruntime.so arrives in the Microsoft.ML.OnnxRuntime package, SQLite's in its bundle.
RUN dotnet publish HealLink.Bot/HealLink.Bot.csproj -c Release -r linux-x64 --self-contained false -o /out/bot --no-restore \
    && dotnet publish HealLink.Admin/HealLink.Admin.csproj -c Release -r linux-x64 --self-contained false -o /out/admin --no-restore

# What both images share: an unprivileged user whose home holds the database (a volume), and nothing else writable,
# so either runs with a read-only root file system (docker-compose.yml says so).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN groupadd --system heallink && useradd --system --gid heallink --home-dir /var/lib/heallink heallink \
    && mkdir -p /var/lib/heallink/data /app/models && chown -R heallink:heallink /var/lib/heallink /app/models
ENV ConnectionStrings__HealLink="Data Source=/var/lib/heallink/data/heallink.db" \
    DOTNET_RUNNING_IN_CONTAINER=true \
    DOTNET_EnableDiagnostics=0
WORKDIR /var/lib/heallink
VOLUME ["/var/lib/heallink/data"]

FROM runtime AS bot
WORKDIR /app
COPY --from=build /out/bot ./
USER heallink
WORKDIR /var/lib/heallink
# In webhook mode the endpoint must listen beyond the container's loopback; the TLS proxy sits in front of 8080.
# 8081 is the bot's own probes and metrics (Health:ListenUrl), which the health check asks.
ENV Telegram__WebhookListenUrl="http://0.0.0.0:8080" \
    Health__ListenUrl="http://0.0.0.0:8081" \
    Models__Folder=/app/models
EXPOSE 8080 8081
VOLUME ["/app/models"]
# The image has bash but neither curl nor wget: one HTTP request by hand, healthy on 200.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8081 && printf 'GET /health/live HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "/app/HealLink.Bot.dll"]

FROM runtime AS admin
WORKDIR /app
COPY --from=build /out/admin ./
USER heallink
WORKDIR /var/lib/heallink
# Behind a TLS-terminating proxy: the panel refuses plain HTTP (Admin:RequireHttps) unless the proxy says https.
ENV ASPNETCORE_URLS="http://0.0.0.0:5080"
EXPOSE 5080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/5080 && printf 'GET /health/live HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "/app/HealLink.Admin.dll"]
