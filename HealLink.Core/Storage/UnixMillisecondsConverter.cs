using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HealLink.Core.Storage;

/// <summary>Stores a <see cref="DateTimeOffset"/> as UTC Unix milliseconds.</summary>
public sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.ToUnixTimeMilliseconds(),
    stored => DateTimeOffset.FromUnixTimeMilliseconds(stored));
