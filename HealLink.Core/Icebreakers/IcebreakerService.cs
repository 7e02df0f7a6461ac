using System.Diagnostics;
using HealLink.Core.Connections.Opening;
using HealLink.Core.People;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Icebreakers;

/// <summary>
/// Writes an icebreaker with the configured model when there is one, and shows it only if
/// <see cref="IcebreakerCheck"/> passes it; otherwise, or when the model fails or is too slow, the template writes
/// it. Whoever wrote it is counted (<see cref="IcebreakerMetrics"/>); no text is ever logged.
/// </summary>
public sealed class IcebreakerService(
    IcebreakerMetrics metrics,
    IOptions<LlmOptions> options,
    ILogger<IcebreakerService> logger,
    IChatClient? chatClient = null) : IIcebreakerGenerator
{
    private readonly LlmOptions _options = options.Value;

    public bool MayTakeAWhile => chatClient is not null;

    public async ValueTask<string> WriteAsync(Profile reader, Profile other, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(other);
        if (chatClient is null)
        {
            metrics.Written(IcebreakerOutcome.NoModel);
            return TemplateIcebreaker.Write(reader, other);
        }

        var started = Stopwatch.GetTimestamp();
        var (text, outcome) = await AskModelAsync(reader, other, cancellationToken);
        metrics.Generated(Stopwatch.GetElapsedTime(started));
        metrics.Written(outcome);
        if (text is not null)
        {
            return text;
        }

        logger.LogInformation("Icebreaker written by the template instead of the model: {Reason}", outcome);
        return TemplateIcebreaker.Write(reader, other);
    }

    /// <summary>The model's checked text (null when it may not be used), and the counter's reason.</summary>
    private async Task<(string? Text, string Outcome)> AskModelAsync(Profile reader, Profile other, CancellationToken cancellationToken)
    {
        var chatOptions = new ChatOptions
        {
            MaxOutputTokens = _options.MaxOutputTokens,
            Temperature = _options.Temperature,
            Seed = _options.Seed,
        };
        string answer;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            // WaitAsync as well as the token: a client that ignores cancellation still cannot hold the accept.
            var response = await chatClient!.GetResponseAsync(IcebreakerPrompt.Build(reader, other), chatOptions, timeout.Token)
                .WaitAsync(_options.Timeout, cancellationToken);
            answer = response.Text.Trim();
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            return (null, IcebreakerOutcome.Timeout);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The exception's type only: a provider's message may quote the prompt.
            logger.LogWarning("The icebreaker model failed with {ExceptionType}", e.GetType().Name);
            return (null, IcebreakerOutcome.Failed);
        }
        finally
        {
            // WaitAsync's timer and CancelAfter's are equal, and on a busy machine WaitAsync's may fire first; disposing
            // the source then would stop its timer, and the model would go on writing for nobody. Cancel it outright.
            await timeout.CancelAsync();
        }

        return IcebreakerCheck.Check(answer, reader, other) is { } rejection
            ? (null, IcebreakerOutcome.Rejected(rejection))
            : (answer, IcebreakerOutcome.Model);
    }
}
