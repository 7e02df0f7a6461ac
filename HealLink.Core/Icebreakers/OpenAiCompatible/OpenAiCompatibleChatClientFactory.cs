using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;

namespace HealLink.Core.Icebreakers.OpenAiCompatible;

/// <summary>Builds the OpenAI client for an operator's server (Ollama, llama.cpp's server, vLLM) from the Llm section.</summary>
internal static class OpenAiCompatibleChatClientFactory
{
    /// <param name="settings">Validated by <see cref="OpenAiCompatibleOptionsValidator"/>: BaseUrl and Model are set.</param>
    public static IChatClient Create(LlmOptions settings)
    {
        // Checked again here because the OpenAI client's default endpoint is api.openai.com: an unset address must
        // never quietly send people's stories there.
        var baseUrl = settings.BaseUrl ?? throw Missing("BaseUrl");
        var model = string.IsNullOrWhiteSpace(settings.Model) ? throw Missing("Model") : settings.Model;
        var http = CreateHttpClient();
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = baseUrl,
            NetworkTimeout = settings.Timeout,
            RetryPolicy = new SingleRetryPolicy(),
            Transport = new HttpClientPipelineTransport(http),
        };
        // The constructor taking an authentication policy is marked for evaluation; it is the one way to send no
        // Authorization header at all (the others demand a key), and the package version is pinned.
#pragma warning disable OPENAI001
        var client = new ChatClient(model, Authentication(settings.ApiKey), clientOptions);
#pragma warning restore OPENAI001
        return new OpenAiCompatibleChatClient(client.AsIChatClient(), settings, http);
    }

    private static HttpClient CreateHttpClient() =>
        new(new SocketsHttpHandler
        {
            // The start-up check vets Llm:BaseUrl only; a 307 from there would carry the prompt, people's stories
            // included, to wherever it points. A redirect is a failure instead, and the template is used.
            AllowAutoRedirect = false,

            // A server known by name is looked up again now and then, should it move.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            // The pipeline keeps Llm:Timeout (up to 10 minutes); HttpClient's own 100 s must not cut in first.
            Timeout = Timeout.InfiniteTimeSpan,
        };

    private static InvalidOperationException Missing(string key) =>
        new($"{LlmOptions.SectionName}:{key} is required when {LlmOptions.SectionName}:Provider is OpenAiCompatible.");

    private static AuthenticationPolicy Authentication(string? apiKey) =>
        string.IsNullOrEmpty(apiKey)
            ? new NoAuthenticationPolicy()
            : ApiKeyAuthenticationPolicy.CreateBearerAuthorizationPolicy(new ApiKeyCredential(apiKey));
}
