using Microsoft.Extensions.Options;

namespace HealLink.Core.Storage.Encryption;

/// <summary>What the data annotations cannot say: that the keys in the environment variable are usable.</summary>
internal sealed class EncryptionOptionsValidator : IValidateOptions<EncryptionOptions>
{
    public ValidateOptionsResult Validate(string? name, EncryptionOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Key))
        {
            return string.IsNullOrWhiteSpace(options.KeyFile) && options.KeyFile is not null
                ? ValidateOptionsResult.Fail($"{EncryptionOptions.SectionName}:KeyFile is empty; remove it to use the file beside the database, or name a key file.")
                : ValidateOptionsResult.Success;
        }

        return EnvironmentKeys.Problem(options.Key) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
