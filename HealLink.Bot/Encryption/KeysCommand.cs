using HealLink.Core.Hosting;
using HealLink.Core.Storage.Encryption;

namespace HealLink.Bot.Encryption;

/// <summary>
/// <c>keys show</c> and <c>keys rotate</c>, with the bot's own configuration and without starting the bot. Exit code 0
/// when done, 1 with one line on the error output saying why. Never prints a key.
/// </summary>
public static class KeysCommand
{
    private const string Name = "keys";
    private const string Show = "show";
    private const string Rotate = "rotate";

    private const string Usage = """
        Usage: HealLink.Bot keys show [--Key=value settings]
               HealLink.Bot keys rotate [--Key=value settings]
          show     where the encryption keys are, their ids, the current one and the key ring's fingerprint.
          rotate   adds a new key to the key file and makes it current, keeping the older ones: running processes
                   write under it within a second, and the re-encryption job moves older values to it.
        """;

    public static bool IsRequested(string[] args) => args is [Name, ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        if (args is not [Name, var verb and (Show or Rotate), .. var settings] || settings.Any(s => !s.StartsWith('-')))
        {
            await errors.WriteLineAsync(Usage);
            return 1;
        }

        try
        {
            using var host = BotConfiguration.StorageOnly(settings);
            var keys = host.Services.GetRequiredService<KeySource>();
            await output.WriteLineAsync(verb == Show ? Describe(keys) : Rotated(keys));
            return 0;
        }
        catch (Exception exception) when (exception is StartupException or IOException or UnauthorizedAccessException)
        {
            await errors.WriteLineAsync(exception.Message);
            return 1;
        }
    }

    private static string Describe(KeySource keys) => keys.TryLoad() is { } ring
        ? $"Keys in {keys.Description}: {string.Join(", ", ring.Keys.Select(k => k.Id))}; current {ring.Current.Id}; fingerprint {ring.Fingerprint}."
        : $"No encryption key yet: the first start makes one in {keys.Description}.";

    private static string Rotated(KeySource keys)
    {
        if (keys.File is not { } file)
        {
            throw new StartupException(
                $"The keys come from {EncryptionOptions.KeyVariable}: put a new key first in it (`openssl rand -base64 32`), keep the old ones after it, and restart.");
        }

        if (!File.Exists(file))
        {
            throw new StartupException($"There is no key file at {file} to rotate: the first start makes it.");
        }

        var ring = KeyFile.AddCurrentKey(file);
        return $"Key {ring.Current.Id} added to {file} and made current (older keys kept: " +
            $"{string.Join(", ", ring.Keys.Skip(1).Select(k => k.Id))}); fingerprint {ring.Fingerprint}. Back the key file up again.";
    }
}
