using System.Diagnostics;
using HealLink.Core.Storage.Encryption;

namespace HealLink.Benchmarks.EncryptionCost;

/// <summary>
/// What one value costs to encrypt and decrypt, alone: the part of a message's cost encryption adds, which the loads'
/// own noise on a shared machine can hide.
/// </summary>
internal static class CipherCost
{
    private const string Intro =
        "I'm waiting for a kidney transplant and on dialysis three times a week. I'd love to talk to someone who has been through the wait.";

    /// <returns>Microseconds to encrypt one intro and decrypt it again.</returns>
    public static double MicrosecondsPerValue(int values = 20_000)
    {
        var key = EncryptionKey.Generate();
        Measure(key, values / 10);
        var started = Stopwatch.GetTimestamp();
        Measure(key, values);
        return Stopwatch.GetElapsedTime(started).TotalMicroseconds / values;
    }

    private static void Measure(EncryptionKey key, int values)
    {
        for (var i = 0; i < values; i++)
        {
            if (FieldCipher.Decrypt(FieldCipher.Encrypt(Intro, key), key) is null)
            {
                throw new InvalidOperationException("A value did not decrypt");
            }
        }
    }
}
