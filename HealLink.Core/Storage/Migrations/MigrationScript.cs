using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace HealLink.Core.Storage.Migrations;

/// <summary>One versioned schema change, from a file named <c>NNNN_name.sql</c>.</summary>
internal sealed partial record MigrationScript(int Version, string Name, string Sql, string Checksum)
{
    public string FileName => string.Create(CultureInfo.InvariantCulture, $"{Version:D4}_{Name}.sql");

    public static MigrationScript Parse(string fileName, string text)
    {
        var match = FileNamePattern().Match(fileName);
        var version = match.Success ? int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture) : 0;
        if (version == 0)
        {
            throw new InvalidOperationException(
                $"Migration file name '{fileName}' is malformed: expected NNNN_name.sql (a version from 0001, an " +
                "underscore, then lower-case letters, digits and underscores), for example 0002_add_matches.sql.");
        }

        // A checkout with Windows line endings must not look like an edited script.
        var sql = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
        return new MigrationScript(version, match.Groups["name"].Value, sql, checksum);
    }

    [GeneratedRegex(@"^(?<version>[0-9]{4})_(?<name>[a-z0-9]+(?:_[a-z0-9]+)*)\.sql$")]
    private static partial Regex FileNamePattern();
}
