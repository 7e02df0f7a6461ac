using System.ClientModel.Primitives;

namespace HealLink.Core.Icebreakers.OpenAiCompatible;

/// <summary>
/// Sends no Authorization header. The OpenAI client insists on an authentication policy, but a local server (Ollama,
/// llama.cpp's server) needs no key, and a made-up bearer token would only be a secret-looking string on the wire.
/// </summary>
internal sealed class NoAuthenticationPolicy : AuthenticationPolicy
{
    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex) =>
        ProcessNext(message, pipeline, currentIndex);

    public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex) =>
        ProcessNextAsync(message, pipeline, currentIndex);
}
