namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

/// <summary>
/// Tests that read something the whole process shares, run after the others and one at a time: resident memory
/// (other tests loading models at the same time, the real MiniLM embedder is 90 MB, would move it by more than what is
/// measured) and llama.cpp's one log callback (every client created elsewhere would take it over).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Process-wide llama.cpp state";
}
