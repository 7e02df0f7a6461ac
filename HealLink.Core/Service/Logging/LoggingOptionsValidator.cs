using Microsoft.Extensions.Options;

namespace HealLink.Core.Service.Logging;

/// <summary>A pseudonym key that is not base64, or too short to keep people's ids from being guessed, stops start-up.</summary>
internal sealed class LoggingOptionsValidator : IValidateOptions<LoggingOptions>
{
    public const int MinimumKeyBytes = 16;

    public ValidateOptionsResult Validate(string? name, LoggingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PseudonymKey is not { } key)
        {
            return ValidateOptionsResult.Success;
        }

        var bytes = new byte[key.Length];
        return Convert.TryFromBase64String(key, bytes, out var length) && length >= MinimumKeyBytes
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{LoggingOptions.SectionName}:{nameof(LoggingOptions.PseudonymKey)} must be base64 of at least {MinimumKeyBytes} random bytes (e.g. `openssl rand -base64 32`).");
    }
}
