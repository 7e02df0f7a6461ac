using HealLink.Core.Connections;
using HealLink.Core.Conversations;
using HealLink.Core.Languages;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Procedures;
using HealLink.Core.Matching.Waiting;
using HealLink.Core.Messaging;
using HealLink.Core.Storage;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Matching.Flow;

/// <summary>
/// Fulfils the conversation's matching intents inside the inbound transaction: mentor cards (best first, a few at
/// a time), "Choose for me", and the connection request a mentee makes from a card. Everything is read fresh, so
/// a card pressed after the mentor filled up is answered honestly.
/// </summary>
public sealed class MatchingFlow(
    IEmbedder embedder,
    IntroIndex index,
    NearestCataloguePhrase procedures,
    IOptions<MatchingOptions> options,
    IOptions<ConnectionsOptions> connections,
    TimeProvider timeProvider)
{
    private readonly MatchingOptions _options = options.Value;

    /// <returns>What the mentee reads (and, for a request, the card the mentor is sent).</returns>
    public async Task<IReadOnlyList<OutboundMessage>> FulfilAsync(
        HealLinkDbContext db,
        ConversationContext context,
        ChatAddress chat,
        ConversationIntent intent,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        var talkingWith = context.Connections.Where(c => c.IsActive).Select(c => c.OtherName).ToList();
        if (talkingWith.Count >= connections.Value.MaxActivePerMentee)
        {
            return [OutboundMessage.From(chat, new Reply(context.Copy.Matching.AlreadyTalking(talkingWith)))];
        }

        if (intent is ConversationIntent.ConnectTo && context.Connections.FirstOrDefault(c => c.State == ConnectionState.Requested && !c.IsMentor) is { } pending)
        {
            // One request at a time; looking around meanwhile is fine.
            return [OutboundMessage.From(chat, new Reply(
                context.Copy.Matching.AlreadyWaiting(pending.OtherName),
                [[new Button(context.Copy.Connections.WithdrawLabel(pending.OtherName), Conversations.ButtonPayload.Withdraw(pending.Id))]]))];
        }

        return intent is ConversationIntent.ConnectTo connect
            ? await AskAsync(db, context, chat, connect, cancellationToken)
            : [.. (await ShowAsync(db, context, intent, cancellationToken)).Select(reply => OutboundMessage.From(chat, reply))];
    }

    /// <summary>The request to the mentor chosen on a card (or suggested by "Choose for me" and confirmed).</summary>
    private async Task<IReadOnlyList<OutboundMessage>> AskAsync(
        HealLinkDbContext db, ConversationContext context, ChatAddress chat, ConversationIntent.ConnectTo connect, CancellationToken cancellationToken)
    {
        var ranking = await RankingAsync(db, context, cancellationToken);
        if (ranking.Ranked.FirstOrDefault(m => m.Mentor.PersonId == connect.MentorId) is not { } chosen)
        {
            return [.. Cards(context.Copy, ranking.Ranked, 0, context.Copy.Matching.NoLongerAvailable).Select(reply => OutboundMessage.From(chat, reply))];
        }

        // The mentor reads why in their own language: the reasons are said again in it when it is not the mentee's.
        IReadOnlyList<string> ReasonsIn(MatchReasons words) =>
            words.GetType() == context.Copy.Reasons.GetType() ? chosen.Reasons : ranking.Score(chosen, words).Reasons;

        return await ConnectionRequests.OpenAsync(
            db, context, chat, chosen, ReasonsIn, connections.Value.RequestExpiry, timeProvider.GetUtcNow(), cancellationToken);
    }

    private async Task<IReadOnlyList<Reply>> ShowAsync(
        HealLinkDbContext db,
        ConversationContext context,
        ConversationIntent intent,
        CancellationToken cancellationToken)
    {
        var ranked = await RankAsync(db, context, cancellationToken);
        if (intent is ConversationIntent.FindMatches or ConversationIntent.ChooseForMe)
        {
            await WaitingList.RecordSearchAsync(db, context.Person.Id, ranked.Count > 0, timeProvider.GetUtcNow(), cancellationToken);
        }

        return intent switch
        {
            ConversationIntent.FindMatches find => Cards(context.Copy, ranked, find.Skip, find.Skip == 0 ? context.Copy.Matching.IntroFor(context.Profile, ranked.Take(_options.MentorsShown)) : context.Copy.Matching.MoreIntro),
            ConversationIntent.Browse browse => Browsed(context, ranked, browse),
            ConversationIntent.ChooseForMe => Suggested(context.Copy, ranked),
            _ => throw new ArgumentOutOfRangeException(nameof(intent), intent, "Not a matching intent"),
        };
    }

    /// <summary>Every eligible mentor for this mentee, best first.</summary>
    private async Task<IReadOnlyList<ScoredMentor>> RankAsync(HealLinkDbContext db, ConversationContext context, CancellationToken cancellationToken) =>
        (await RankingAsync(db, context, cancellationToken)).Ranked;

    /// <summary>The ranking, and how to score one of its mentors again with the reasons said in other words.</summary>
    private async Task<Ranking> RankingAsync(HealLinkDbContext db, ConversationContext context, CancellationToken cancellationToken)
    {
        var mentee = await MentorPool.MenteeAsync(db, context.Person.Id, context.Profile, cancellationToken);
        var eligible = (await MentorPool.ApprovedMentorsAsync(db, cancellationToken))
            .Where(m => HardFilters.Check(mentee, m) is null)
            .ToList();
        if (eligible.Count == 0)
        {
            return new Ranking([], (scored, _) => scored);
        }

        await IntroVectors.EnsureAsync(
            db, embedder, index, [context.Profile, .. eligible.Select(m => m.Profile)], timeProvider.GetUtcNow(), cancellationToken);

        // Current in the index now, like every eligible mentor's: the mentee's vector is the query.
        var mine = index.VectorOf(mentee.PersonId) ?? throw new InvalidOperationException("The mentee's intro was not indexed");
        var similarity = index.Score(mine, eligible.Select(m => m.PersonId).ToHashSet()).ToDictionary(s => s.Id, s => s.Score);
        var candidates = eligible.Select(m => (m, similarity.GetValueOrDefault(m.PersonId)));
        var reader = await procedures.ReaderForAsync(
            [context.Profile.ProcedureText, .. eligible.Select(m => m.Profile.ProcedureText)], cancellationToken);
        var comparable = MatchScorer.StoriesComparable(context.Profile, _options, embedder.Id);
        return new Ranking(
            MatchRanker.Rank(mentee, candidates, _options, int.MaxValue, embedder.Id, reader, context.Copy.Reasons),
            (scored, words) => MatchScorer.Score(mentee, scored.Mentor, scored.Similarity, _options, embedder.Id, reader, comparable, words));
    }

    private List<Reply> Cards(CopyTable table, IReadOnlyList<ScoredMentor> ranked, int skip, string lead)
    {
        var copy = table.Matching;
        if (ranked.Count == 0)
        {
            return [new Reply(copy.NoneFits)];
        }

        var page = ranked.Skip(skip).Take(_options.MentorsShown).ToList();
        if (page.Count == 0)
        {
            return [new Reply(copy.NoMore, [[copy.ChooseForMeButton]])];
        }

        List<Button> next = skip + page.Count < ranked.Count
            ? [copy.ShowMoreButton(skip + page.Count), copy.ChooseForMeButton]
            : [copy.ChooseForMeButton];
        return [new Reply(lead), .. page.Select(match => MatchCards.Card(table, match)), new Reply(copy.Choose, [next])];
    }

    /// <summary>"Choose for me": the best fit, as a card the mentee confirms; nobody is asked on their behalf unseen.</summary>
    private static List<Reply> Suggested(CopyTable table, IReadOnlyList<ScoredMentor> ranked) =>
        ranked.Count == 0
            ? [new Reply(table.Matching.NoneFits)]
            : [new Reply(table.Matching.Suggestion(ranked[0].Mentor.Profile.DisplayName)), MatchCards.Card(table, ranked[0])];

    /// <summary>/browse results: the mentee's own filters on top of the hard ones, still best first.</summary>
    private List<Reply> Browsed(ConversationContext context, IReadOnlyList<ScoredMentor> ranked, ConversationIntent.Browse browse)
    {
        var filtered = ranked.Where(m => browse.Filter.Matches(context.Profile, m.Mentor.Profile)).ToList();
        var copy = context.Copy.Matching;
        var changeFilters = new Button(copy.ChangeFiltersLabel, Conversations.ButtonPayload.BrowseMenu(browse.Filter));
        if (filtered.Count == 0)
        {
            return [new Reply(copy.NoneForFilters, [[changeFilters]])];
        }

        var page = filtered.Skip(browse.Skip).Take(_options.MentorsShown).ToList();
        List<Button> next = browse.Skip + page.Count < filtered.Count
            ? [new Button(copy.ShowMoreLabel, Conversations.ButtonPayload.BrowseResults(browse.Filter, browse.Skip + page.Count)), changeFilters]
            : [changeFilters];
        return [.. page.Select(match => MatchCards.Card(context.Copy, match)), new Reply(page.Count == 0 ? copy.NoMoreForFilters : copy.BrowseMore, [next])];
    }
}

/// <param name="Score">Scores one ranked mentor again, with the reasons in other words (another reader's language).</param>
internal sealed record Ranking(IReadOnlyList<ScoredMentor> Ranked, Func<ScoredMentor, MatchReasons, ScoredMentor> Score);
