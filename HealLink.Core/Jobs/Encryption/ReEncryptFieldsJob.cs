using HealLink.Core.Storage.Encryption;
using Microsoft.Extensions.Logging;
using Quartz;

namespace HealLink.Core.Jobs.Encryption;

/// <summary>
/// Brings every encrypted column under the current key, in batches: values under an older key after a rotation, and
/// plain text written before encryption existed. Never runs twice at once: two runs would rewrite the same rows.
/// </summary>
internal sealed partial class ReEncryptFieldsJob(FieldReEncryptor reEncryptor, ILogger<ReEncryptFieldsJob> logger) : HealLinkJob(logger)
{
    protected override async Task RunAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var rewritten = await reEncryptor.ReEncryptAsync(cancellationToken);
        if (rewritten > 0)
        {
            LogRewritten(logger, rewritten);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-encrypted {Count} stored values under the current key")]
    private static partial void LogRewritten(ILogger logger, int count);
}
