using HealLink.Core.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Storage.Encryption;

/// <summary>
/// Where the keys come from, in this order: <c>HEALLINK_ENCRYPTION_KEY</c>, <c>Encryption:KeyFile</c>, or the file
/// beside the SQLite database. The bot and the admin panel read the same settings, so they find the same keys. A key
/// file is read again when it changes (a rotation), so every process learns the new key without a restart.
/// </summary>
public sealed class KeySource
{
    // How long a ring read from a file is used before the file's time is looked at again.
    private const long RecheckMilliseconds = 1000;

    private readonly Lock _gate = new();
    private readonly EncryptionOptions _options;
    private readonly string? _file;
    private KeyRing? _ring;
    private DateTime _fileWrittenAt;
    private long _checkedAt;

    public KeySource(IOptions<EncryptionOptions> options, IOptions<DatabaseOptions> database)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        _options = options.Value;
        _file = string.IsNullOrWhiteSpace(_options.Key) ? Path.GetFullPath(_options.KeyFile ?? DefaultFileFor(database.Value)) : null;
    }

    /// <summary>The key file in use, or null when the keys come from the environment variable.</summary>
    public string? File => _file;

    /// <summary>Where the keys are, for messages: the variable's name or the file's path (never a key).</summary>
    public string Description => _file ?? EncryptionOptions.KeyVariable;

    /// <summary>
    /// The file made beside the database when no key is configured: <c>data/heallink.keys.json</c> for
    /// <c>data/heallink.db</c>. A PostgreSQL database has no file to sit beside: there it is <c>heallink.keys.json</c> in
    /// the working directory, and instances on other machines must be given the same key (an instance that makes its
    /// own is refused at start-up: its key does not read the database's check value).
    /// </summary>
    public static string DefaultFileFor(DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            return Path.GetFullPath("heallink.keys.json");
        }

        var dataSource = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        return Path.ChangeExtension(Path.GetFullPath(dataSource), ".keys.json");
    }

    /// <summary>The keys, or null when none are configured and the file does not exist (yet).</summary>
    public KeyRing? TryLoad()
    {
        lock (_gate)
        {
            if (_file is null)
            {
                return _ring ??= EnvironmentKeys.Parse(_options.Key!);
            }

            if (_ring is not null && Environment.TickCount64 - _checkedAt < RecheckMilliseconds)
            {
                return _ring;
            }

            _checkedAt = Environment.TickCount64;
            if (!System.IO.File.Exists(_file))
            {
                return _ring;
            }

            var writtenAt = System.IO.File.GetLastWriteTimeUtc(_file);
            if (_ring is null || writtenAt != _fileWrittenAt)
            {
                _ring = KeyFile.Read(_file);
                _fileWrittenAt = writtenAt;
            }

            return _ring;
        }
    }

    /// <summary>The keys, making the key file with a first key when there is none.</summary>
    public KeyRing LoadOrCreate()
    {
        if (TryLoad() is { } ring)
        {
            return ring;
        }

        lock (_gate)
        {
            try
            {
                KeyFile.Create(_file!);
            }
            catch (IOException) when (System.IO.File.Exists(_file))
            {
                // Another process (the admin panel starting beside the bot) made it first: use theirs.
            }

            _checkedAt = 0;
        }

        return TryLoad() ?? throw new StartupException($"The encryption key file {_file} could not be made.");
    }

    /// <summary>Reads the file again now: a value names a key this process has not seen, perhaps just added.</summary>
    public KeyRing? Reload()
    {
        lock (_gate)
        {
            _checkedAt = 0;
            _fileWrittenAt = default;
        }

        return TryLoad();
    }
}
