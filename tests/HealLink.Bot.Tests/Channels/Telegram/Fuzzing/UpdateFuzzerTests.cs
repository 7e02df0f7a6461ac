using System.Text.Json;

namespace HealLink.Bot.Tests.Channels.Telegram.Fuzzing;

public sealed class UpdateFuzzerTests
{
    [Fact]
    public void Next_SameSeed_GivesTheSameUpdates()
    {
        var first = new UpdateFuzzer(20261206).Take(500).Select(u => u.Json);
        var again = new UpdateFuzzer(20261206).Take(500).Select(u => u.Json);
        var other = new UpdateFuzzer(20261207).Take(500).Select(u => u.Json);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Next_TwoThousand_ProduceEveryCategoryAndMutation()
    {
        var updates = new UpdateFuzzer(7).Take(2000);

        Assert.All(Enum.GetValues<FuzzCategory>(), c => Assert.Contains(updates, u => u.Category == c));
        Assert.All(Enum.GetValues<FuzzMutations>().Where(m => m != FuzzMutations.None), m => Assert.Contains(updates, u => u.Mutations.HasFlag(m)));
        Assert.Contains(updates, u => u.HasLoneSurrogate && u.Json.Contains("\\ud800", StringComparison.Ordinal));
        Assert.Contains(updates, u => u.Json.Contains("9223372036854775808", StringComparison.Ordinal));
        Assert.Contains(updates, u => u.Json.Contains("👩‍👩‍👧‍👦", StringComparison.Ordinal) || u.Json.Contains('\u202E', StringComparison.Ordinal));
        Assert.Contains(updates, u => u.Json.Contains("\\u0000", StringComparison.Ordinal));
        Assert.Contains(updates, u => u.Json.Length > 10_000);
        Assert.Contains(updates, u => !u.IsObject);
    }

    [Fact]
    public void Next_Always_WellFormedJsonNoDeeperThanTheLimit()
    {
        var updates = new UpdateFuzzer(11, maxDepth: 30).Take(2000);

        // Well-formed even where it is strange: a reader must cope with the values, not with broken syntax.
        Assert.All(updates, u => JsonDocument.Parse(u.Json, new JsonDocumentOptions { MaxDepth = 30 }).Dispose());
        Assert.Contains(updates, u => u.Mutations.HasFlag(FuzzMutations.DeepNesting) && Depth(u.Json) > 20);
    }

    private static int Depth(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = 1000 });
        var most = 0;
        while (reader.Read())
        {
            most = Math.Max(most, reader.CurrentDepth);
        }

        return most;
    }
}
