using HealLink.Core.Connections;
using HealLink.Core.Connections.Timing;
using HealLink.Core.Tests.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealLink.Core.Tests.Connections.Timing;

/// <summary>What people wrote to each other is deleted 90 days after their conversation ended, and not before.</summary>
public sealed class RelayedMessagePrunerTests : TimingSceneTests
{
    private static readonly TimeSpan Retention = new ConnectionsOptions().MessageRetention;

    private RelayedMessagePruner Pruner => Scene.Host.Services.GetRequiredService<RelayedMessagePruner>();

    [Fact]
    public async Task PruneAsync_OneConversationEndedLongAgoAnotherStillOpen_DeletesOnlyTheEndedOnesMessages()
    {
        await Scene.TalkingAsync();
        var ana = await MatchingPeople.FinishedMenteeAsync(Scene.Host, Platform, "tg-mentee-8");
        await TimingScene.AskAsync(ana);
        await Scene.Sam.PressAsync("Accept");
        await Scene.Maria.SayAsync("Thank you for listening yesterday.");
        await ana.SayAsync("Did you sleep at all the first week?");
        Assert.Equal(2, await MessagesAsync());
        await Scene.Maria.SayAsync("/end");
        await Scene.Maria.PressAsync(ConnectionCopy.English.EndLabel(TimingScene.MentorName));

        Scene.Advance(Retention - TimeSpan.FromMinutes(1));
        var beforeRetention = await Pruner.PruneAsync(CancellationToken.None);
        Scene.Advance(TimeSpan.FromMinutes(2));
        var afterRetention = await Pruner.PruneAsync(CancellationToken.None);

        Assert.Equal(0, beforeRetention);
        Assert.Equal(1, afterRetention);
        var left = await Scene.Host.QueryAsync(db => db.RelayedMessages.AsNoTracking().ToListAsync());
        Assert.Equal("Did you sleep at all the first week?", Assert.Single(left).Text);
    }

    [Theory]
    [InlineData(ConnectionState.Ended)]
    [InlineData(ConnectionState.Withdrawn)]
    [InlineData(ConnectionState.Expired)]
    [InlineData(ConnectionState.Declined)]
    public async Task PruneAsync_ConversationEndedEitherSideOfRetention_DeletesOnlyTheOlder(ConnectionState ended)
    {
        var now = Scene.Clock.Now;
        var older = await ConnectionWithMessagesAsync(ended, now - Retention - TimeSpan.FromSeconds(1), messages: 2);
        var newer = await ConnectionWithMessagesAsync(ended, now - Retention + TimeSpan.FromSeconds(1), messages: 2);

        var deleted = await Pruner.PruneAsync(CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal(0, await MessagesAsync(older));
        Assert.Equal(2, await MessagesAsync(newer));
    }

    [Theory]
    [InlineData(ConnectionState.Requested)]
    [InlineData(ConnectionState.Active)]
    public async Task PruneAsync_OpenConnectionUnchangedForLongerThanRetention_KeepsItsMessages(ConnectionState open)
    {
        var id = await ConnectionWithMessagesAsync(open, Scene.Clock.Now - (2 * Retention), messages: 1);

        var deleted = await Pruner.PruneAsync(CancellationToken.None);

        Assert.Equal(0, deleted);
        Assert.Equal(1, await MessagesAsync(id));
    }

    [Fact]
    public async Task PruneAsync_MoreMessagesThanOneBatch_DeletesThemAll()
    {
        var count = (2 * RelayedMessagePruner.BatchSize) + 3;
        var id = await ConnectionWithMessagesAsync(ConnectionState.Ended, Scene.Clock.Now - Retention - TimeSpan.FromDays(1), count);

        var deleted = await Pruner.PruneAsync(CancellationToken.None);

        Assert.Equal(count, deleted);
        Assert.Equal(0, await MessagesAsync(id));
    }

    /// <summary>
    /// A connection between Maria and Sam last changed at <paramref name="changedAt"/>, as the lifecycle records it:
    /// an end time for every end but a decline, which records only its answer.
    /// </summary>
    private Task<long> ConnectionWithMessagesAsync(ConnectionState state, DateTimeOffset changedAt, int messages) =>
        Scene.Host.QueryAsync(async db =>
        {
            var mentee = await db.PlatformAccounts.Where(a => a.PlatformUserId == Scene.Maria.UserId).Select(a => a.PersonId).SingleAsync();
            var mentor = await db.PlatformAccounts.Where(a => a.PlatformUserId == Scene.Sam.UserId).Select(a => a.PersonId).SingleAsync();
            var connection = new Connection
            {
                MenteeId = mentee,
                MentorId = mentor,
                State = state,
                CreatedAt = changedAt - TimeSpan.FromDays(30),
                UpdatedAt = changedAt,
                AnsweredAt = state is ConnectionState.Declined or ConnectionState.Active or ConnectionState.Ended ? changedAt : null,
                EndedAt = state is ConnectionState.Ended or ConnectionState.Withdrawn or ConnectionState.Expired ? changedAt : null,
            };
            db.Connections.Add(connection);
            await db.SaveChangesAsync();
            db.RelayedMessages.AddRange(Enumerable.Range(0, messages).Select(i => new RelayedMessage
            {
                ConnectionId = connection.Id,
                SenderId = i % 2 == 0 ? mentee : mentor,
                Text = $"message {i}",
                SentAt = changedAt - TimeSpan.FromDays(1),
            }));
            await db.SaveChangesAsync();
            return connection.Id;
        });

    private Task<int> MessagesAsync(long? connectionId = null) =>
        Scene.Host.QueryAsync(db => db.RelayedMessages.CountAsync(m => connectionId == null || m.ConnectionId == connectionId));
}
