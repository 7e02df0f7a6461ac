using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Service.Logging;

/// <summary>
/// What a log line says instead of who a person is: a keyed hash of their id, such as <c>p:3f9a1c2b</c>. Every line
/// about one person carries the same pseudonym, so a log can follow them, but without the key nobody can tell who it
/// is. A plain hash would not do: ids are small numbers, and hashing them all takes a moment.
/// </summary>
public sealed class PersonPseudonyms
{
    private const int KeyBytes = 32;

    // Four bytes keep lines short; a collision between two people in one log is rare and only blurs a trace.
    private const int PseudonymBytes = 4;

    private readonly byte[] _key;

    public PersonPseudonyms(IOptions<LoggingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _key = options.Value.PseudonymKey is { } key ? Convert.FromBase64String(key) : RandomNumberGenerator.GetBytes(KeyBytes);
    }

    public string Of(long personId)
    {
        Span<byte> id = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(id, personId);
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, id, hash);
        return $"p:{Convert.ToHexStringLower(hash[..PseudonymBytes])}";
    }
}
