# syntax=docker/dockerfile:1
# Multi-stage build of the HealLink bot. (No Docker engine runs on our development machines, so this file is
# kept correct on paper and exercised where Docker is available.)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig HealLink.sln ./
COPY HealLink.Core/HealLink.Core.csproj HealLink.Core/
COPY HealLink.Bot/HealLink.Bot.csproj HealLink.Bot/
RUN dotnet restore HealLink.Bot/HealLink.Bot.csproj
COPY HealLink.Core/ HealLink.Core/
COPY HealLink.Bot/ HealLink.Bot/
# Directory.Build.props names linux-x64, so restore and publish carry only that platform's native files: ONNX
# Runtime's libonnxruntime.so arrives in the Microsoft.ML.OnnxRuntime package, SQLite's in its bundle.
RUN dotnet publish HealLink.Bot/HealLink.Bot.csproj -c Release -r linux-x64 --self-contained false -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# A dedicated, unprivileged user; the database and model files live in volumes it owns.
RUN groupadd --system heallink && useradd --system --gid heallink --home-dir /var/lib/heallink heallink \
    && mkdir -p /var/lib/heallink/data /app/models && chown -R heallink:heallink /var/lib/heallink /app/models
COPY --from=build /app ./
USER heallink
WORKDIR /var/lib/heallink
# In webhook mode the endpoint must listen beyond the container's loopback; the TLS proxy sits in front of 8080.
ENV ConnectionStrings__HealLink="Data Source=/var/lib/heallink/data/heallink.db" \
    Telegram__WebhookListenUrl="http://0.0.0.0:8080" \
    Models__Folder=/app/models \
    DOTNET_RUNNING_IN_CONTAINER=true
EXPOSE 8080
VOLUME ["/var/lib/heallink/data", "/app/models"]
ENTRYPOINT ["dotnet", "/app/HealLink.Bot.dll"]
