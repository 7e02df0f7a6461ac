using System.ClientModel.Primitives;

namespace HealLink.Core.Icebreakers.OpenAiCompatible;

/// <summary>
/// The OpenAI client's own retry, cut to one: a second try after a 5xx, 408, 429 or a network failure, after the
/// client's usual 0.8 s pause. Never after a timeout: <see cref="LlmOptions.Timeout"/> is the whole budget for an
/// icebreaker, and once it is spent the template is the answer.
/// </summary>
internal sealed class SingleRetryPolicy() : ClientRetryPolicy(maxRetries: 1)
{
    protected override bool ShouldRetry(PipelineMessage message, Exception? exception) =>
        exception is not OperationCanceledException && base.ShouldRetry(message, exception);
}
