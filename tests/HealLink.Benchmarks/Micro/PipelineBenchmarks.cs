using BenchmarkDotNet.Attributes;
using HealLink.Benchmarks.Shared;
using HealLink.Core.Conversations;
using HealLink.Core.Pipeline;

namespace HealLink.Benchmarks.Micro;

/// <summary>
/// One mentee answering the name question, at three depths: the handler alone (no database), the inbound processor
/// (one transaction), and processor plus dispatcher (replies delivered and recorded as sent); against one bare
/// commit on the same kind of file.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10, invocationCount: InvocationsPerIteration)]
public class PipelineBenchmarks
{
    // Fixed rather than piloted, because the database benchmarks need that many people prepared per iteration.
    private const int InvocationsPerIteration = 160;

    // These take microseconds: batched, so that an iteration lasts long enough (100 ms) to time well.
    private const int CommitsPerInvocation = 32;
    private const int AnswersPerHandleInvocation = 256;

    private BareCommitStore? _bareStore;
    private BareCommitWriter? _bareWriter;
    private ConversationHandler? _handler;
    private NameQuestion? _nameQuestion;
    private ConversationContext[] _contexts = [];
    private int _nextContext;
    private BenchmarkPipeline? _pipeline;
    private PreparedPeople? _people;

    [GlobalSetup(Target = nameof(BareCommit))]
    public async Task SetUpBareCommitAsync()
    {
        _bareStore = await BareCommitStore.CreateAsync(CancellationToken.None);
        _bareWriter = await _bareStore.OpenWriterAsync(CancellationToken.None);
    }

    [GlobalSetup(Target = nameof(Handle))]
    public void SetUpHandler()
    {
        _handler = new ConversationHandler(TimeProvider.System);
        _nameQuestion = NameQuestion.Reach(_handler);
    }

    [IterationSetup(Target = nameof(Handle))]
    public void CopyContexts()
    {
        _contexts = [.. Enumerable.Range(0, InvocationsPerIteration * AnswersPerHandleInvocation).Select(_ => _nameQuestion!.Fresh())];
        _nextContext = 0;
    }

    [GlobalSetup(Targets = [nameof(Process), nameof(ProcessAndDispatch)])]
    public async Task SetUpPipelineAsync()
    {
        _pipeline = await BenchmarkPipeline.StartAsync(CancellationToken.None);
        _people = new PreparedPeople(_pipeline);
    }

    // Blocking, because BenchmarkDotNet 0.15 accepts only void iteration setups.
    [IterationSetup(Targets = [nameof(Process), nameof(ProcessAndDispatch)])]
    public void PreparePeople() => _people!.PrepareAsync(InvocationsPerIteration, CancellationToken.None).GetAwaiter().GetResult();

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        if (_bareWriter is not null)
        {
            await _bareWriter.DisposeAsync();
        }

        if (_bareStore is not null)
        {
            await _bareStore.DisposeAsync();
        }

        if (_pipeline is not null)
        {
            await _pipeline.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = CommitsPerInvocation, Description = "bare commit (1 row)")]
    public async Task BareCommit()
    {
        for (var i = 0; i < CommitsPerInvocation; i++)
        {
            await _bareWriter!.CommitOneAsync(CancellationToken.None);
        }
    }

    [Benchmark(OperationsPerInvoke = AnswersPerHandleInvocation, Description = "ConversationHandler.Handle")]
    public int Handle()
    {
        var replies = 0;
        for (var i = 0; i < AnswersPerHandleInvocation; i++)
        {
            replies += _handler!.Handle(_contexts[_nextContext++], NameQuestion.Answer).Count;
        }

        return replies;
    }

    [Benchmark(Description = "InboundProcessor.ProcessAsync")]
    public Task<InboundOutcome> Process() => _pipeline!.Processor.ProcessAsync(_people!.NextAnswer(), CancellationToken.None);

    [Benchmark(Description = "process + dispatch (replies sent)")]
    public async Task<DateTimeOffset?> ProcessAndDispatch()
    {
        await Process();
        return await _pipeline!.Dispatcher.DispatchDueAsync(CancellationToken.None);
    }
}
