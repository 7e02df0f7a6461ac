using HealLink.Benchmarks.Shared;
using HealLink.Core.Messaging;
using HealLink.Core.Pipeline;
using HealLink.Core.Tests.Conversations;

namespace HealLink.Benchmarks.Micro;

/// <summary>
/// Brings new people through the real pipeline to the name question, step by step for all of them at once (so the
/// dispatcher delivers in batches), and hands out each one's answer to it.
/// </summary>
internal sealed class PreparedPeople(BenchmarkPipeline pipeline)
{
    private readonly Queue<InboundMessage> _answers = new();
    private int _created;

    public async Task PrepareAsync(int count, CancellationToken cancellationToken)
    {
        // Also delivers whatever an earlier iteration left undelivered, so only new replies are due afterwards.
        await pipeline.Dispatcher.DispatchDueAsync(cancellationToken);
        _answers.Clear();
        var people = Enumerable.Range(0, count).Select(_ => new ScriptedPerson($"micro-{++_created}")).ToList();
        foreach (var step in Scripts.StartMentee)
        {
            var outcomes = new List<InboundOutcome>(count);
            foreach (var person in people)
            {
                outcomes.Add(await pipeline.Processor.ProcessAsync(person.Next(step), cancellationToken));
            }

            await pipeline.Dispatcher.DispatchDueAsync(cancellationToken);
            foreach (var (person, outcome) in people.Zip(outcomes))
            {
                var deliveries = await pipeline.Sender.DeliveredAsync(outcome.OutboxIds, cancellationToken);
                person.Read(deliveries.Select(d => d.Message.Buttons));
            }
        }

        foreach (var person in people)
        {
            _answers.Enqueue(person.Next(new ChatStep.Say(Scripts.MenteeName)));
        }
    }

    public InboundMessage NextAnswer() =>
        _answers.TryDequeue(out var answer)
            ? answer
            : throw new InvalidOperationException("More invocations than prepared people; raise the count prepared per iteration");
}
