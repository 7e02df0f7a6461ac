namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

/// <summary>
/// Tests that measure this process's resident memory, run alone: other tests loading models at the same time
/// (the real MiniLM embedder is 90 MB) would move the figures by more than what is measured.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurements
{
    public const string Name = "Memory measurements";
}
