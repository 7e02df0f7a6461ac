using HealLink.Benchmarks.Shared;
using HealLink.Core.Conversations;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Flow;
using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Pipeline;
using HealLink.Core.Tests.Matching.Quality;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Benchmarks.MatchQuality;

/// <summary>
/// Every mentee of the set through the bot's own matching, in this process: the set's people stored as finished
/// profiles in a fresh SQLite file, the pipeline's registrations (matching among them) as the bot has them, and
/// each mentee's "Find my match" fulfilled by <see cref="MatchingFlow"/> (hard filters, intro vectors embedded and
/// indexed, scorer and ranker) in a transaction of its own, as the pipeline would. Nobody is connected, so each
/// mentee sees the whole pool.
/// </summary>
internal static class DevSetMatching
{
    /// <returns>The embedder that ran, and the mentors on each mentee's first page of cards, by name, in order.</returns>
    public static async Task<DevSetRun> RunAsync(DevSet set, QualityEmbedder embedder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(embedder);
        await using var database = await BenchmarkDatabase.StartAsync(
            embedder.Settings(), (services, configuration) => services.AddMessagePipeline(configuration), cancellationToken);
        var (mentorNames, menteeIds) = await SeedAsync(database, set, cancellationToken);
        var flow = database.Services.GetRequiredService<MatchingFlow>();
        var shown = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, id) in menteeIds)
        {
            var cards = await FindMatchesAsync(database, flow, id, cancellationToken);

            // Anyone not a mentor of the set (a mentee, say) keeps a name of their own, so it counts as a violation.
            shown[name] = [.. cards.Select(mentorId => mentorNames.GetValueOrDefault(mentorId, $"person {mentorId}"))];
        }

        return new DevSetRun(database.Services.GetRequiredService<IEmbedder>().Id, shown);
    }

    private static async Task<(Dictionary<long, string> MentorNames, Dictionary<string, long> MenteeIds)> SeedAsync(
        BenchmarkDatabase database, DevSet set, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var mentors = set.Mentors.Select(m => (m.Name, Person: new Person { CreatedAt = now, Profile = DevSetProfiles.Mentor(m, now) })).ToList();
        var mentees = set.Mentees.Select(m => (m.Name, Person: new Person { CreatedAt = now, Profile = DevSetProfiles.Mentee(m, now) })).ToList();
        await using var db = await database.Contexts.CreateDbContextAsync(cancellationToken);
        db.People.AddRange([.. mentors.Select(m => m.Person), .. mentees.Select(m => m.Person)]);
        await db.SaveChangesAsync(cancellationToken);
        return (mentors.ToDictionary(m => m.Person.Id, m => m.Name), mentees.ToDictionary(m => m.Name, m => m.Person.Id, StringComparer.Ordinal));
    }

    /// <summary>The mentor ids on the first page of cards, read from their Connect buttons.</summary>
    private static async Task<List<long>> FindMatchesAsync(BenchmarkDatabase database, MatchingFlow flow, long menteeId, CancellationToken cancellationToken)
    {
        await using var db = await database.Contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var person = await db.People.Include(p => p.Profile).SingleAsync(p => p.Id == menteeId, cancellationToken);
        var context = new ConversationContext(person, person.Profile!, new ConversationState { PersonId = menteeId, Mode = ConversationMode.Idle });
        var replies = await flow.FulfilAsync(
            db, context, new ChatAddress(Platform.Console, person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new ConversationIntent.FindMatches(0), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [.. replies
            .SelectMany(reply => reply.Buttons.SelectMany(row => row))
            .Select(button => ButtonPayload.Parse(button.Payload))
            .OfType<PressedButton.Matching>()
            .Select(pressed => pressed.Intent)
            .OfType<ConversationIntent.ConnectTo>()
            .Select(connect => connect.MentorId)];
    }
}

/// <param name="EmbedderId">The id of the embedder the bot's selection loaded.</param>
/// <param name="Shown">Per mentee name, the mentor names on their cards, best first.</param>
internal sealed record DevSetRun(string EmbedderId, IReadOnlyDictionary<string, IReadOnlyList<string>> Shown);
