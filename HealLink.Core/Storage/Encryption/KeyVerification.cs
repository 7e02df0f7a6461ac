using HealLink.Core.Hosting;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Storage.Encryption;

/// <summary>
/// Run at start-up after the migrations (and before each rotation run): makes sure the configured keys are this database's. A missing key (none
/// configured, while the database holds encrypted values) and a wrong key (its check value does not decrypt) stop
/// start-up with a <see cref="StartupException"/> naming where the keys were looked for. On a database with no
/// encrypted value and no key, the first key is made (the key file beside the database, by default).
/// </summary>
public sealed class KeyVerification(IDbContextFactory<HealLinkDbContext> contexts, FieldCipher cipher, TimeProvider timeProvider)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var checks = await db.KeyChecks.AsNoTracking().ToListAsync(cancellationToken);
        var ring = cipher.Keys.TryLoad();
        if (ring is null)
        {
            if (checks.Count > 0 || await EncryptedValues.AnyAsync(db, cancellationToken))
            {
                throw new StartupException(
                    $"The database holds encrypted values but no encryption key was found: {Missing()} Restore the key file " +
                    $"backed up with this database, or set {EncryptionOptions.SectionName}:KeyFile or {EncryptionOptions.KeyVariable}.");
            }

            if (!cipher.Enabled)
            {
                return;
            }

            ring = cipher.Keys.LoadOrCreate();
        }

        Verify(ring, checks);
        await RecordAsync(db, ring, checks, cancellationToken);
    }

    /// <summary>Every check value of a key the ring holds must decrypt; and when there are checks, the ring must hold one of their keys.</summary>
    public static string? Problem(KeyRing ring, IReadOnlyCollection<KeyCheck> checks, string where)
    {
        ArgumentNullException.ThrowIfNull(ring);
        ArgumentNullException.ThrowIfNull(checks);
        foreach (var check in checks)
        {
            if (ring.Find(check.KeyId) is { } key && FieldCipher.Decrypt(check.Value, key) != KeyCheck.KnownText)
            {
                return $"The encryption key '{check.KeyId}' in {where} is not the key this database was encrypted with (its check value does not decrypt).";
            }
        }

        return checks.Count > 0 && !checks.Any(c => ring.Find(c.KeyId) is not null)
            ? $"None of the encryption keys in {where} ({string.Join(", ", ring.Keys.Select(k => k.Id))}) is a key this database " +
              $"was encrypted with ({string.Join(", ", checks.Select(c => c.KeyId))}): it is the wrong key file or variable."
            : null;
    }

    private void Verify(KeyRing ring, IReadOnlyCollection<KeyCheck> checks)
    {
        if (Problem(ring, checks, cipher.Keys.Description) is { } problem)
        {
            throw new StartupException(problem);
        }
    }

    // A check value for every key of the ring that has none yet: the current one, and those added by hand. Another
    // process starting at the same moment (the panel beside the bot, a second instance) may record the same key
    // first; then its value stands, and is checked at the next start.
    private async Task RecordAsync(HealLinkDbContext db, KeyRing ring, List<KeyCheck> checks, CancellationToken cancellationToken)
    {
        var known = checks.Select(c => c.KeyId).ToHashSet(StringComparer.Ordinal);
        foreach (var key in ring.Keys.Where(k => !known.Contains(k.Id)))
        {
            var value = FieldCipher.Encrypt(KeyCheck.KnownText, key);
            var createdAt = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO encryption_key_checks (key_id, value, created_at) VALUES ({key.Id}, {value}, {createdAt}) ON CONFLICT DO NOTHING",
                cancellationToken);
        }
    }

    private string Missing() => cipher.Keys.File is { } file
        ? $"{file} does not exist."
        : $"{EncryptionOptions.KeyVariable} is empty.";
}
