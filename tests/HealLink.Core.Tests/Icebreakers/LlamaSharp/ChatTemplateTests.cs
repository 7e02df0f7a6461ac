using HealLink.Core.Icebreakers.LlamaSharp;

namespace HealLink.Core.Tests.Icebreakers.LlamaSharp;

/// <summary>Prompts get the model's own chat template when llama.cpp knows it, ChatML otherwise.</summary>
public sealed class ChatTemplateTests : IDisposable
{
    private static readonly (string, string)[] Turns = [("system", "Be kind."), ("user", "Hello")];

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("heallink-llm-template-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Apply_ModelWithGemmaTemplate_UsesIt()
    {
        using var model = await LoadAsync(
            "{{ bos_token }}{% for message in messages %}<start_of_turn>{{ message['role'] }}\n{{ message['content'] }}<end_of_turn>\n{% endfor %}<start_of_turn>model\n");

        var sut = model.Template;

        Assert.True(sut.IsModelsOwn);
        Assert.Equal("<start_of_turn>user\nBe kind.\n\nHello<end_of_turn>\n<start_of_turn>model\n", sut.Apply(Turns));
    }

    [Fact]
    public async Task Apply_ModelWithTemplateLlamaCppDoesNotKnow_UsesChatMl()
    {
        using var model = await LoadAsync("{{ messages | tojson }} -- a template of our own");

        var sut = model.Template;

        Assert.False(sut.IsModelsOwn);
        Assert.Equal(
            "<|im_start|>system\nBe kind.<|im_end|>\n<|im_start|>user\nHello<|im_end|>\n<|im_start|>assistant\n",
            sut.Apply(Turns));
    }

    [Fact]
    public async Task Apply_ModelWithoutTemplate_UsesChatMl()
    {
        using var model = await LoadedLlamaModel.LoadAsync(TestModels.Stories, threads: 1, CancellationToken.None);

        var sut = model.Template;

        Assert.False(sut.IsModelsOwn);
        Assert.StartsWith("<|im_start|>system\nBe kind.<|im_end|>", sut.Apply(Turns), StringComparison.Ordinal);
    }

    private async Task<LoadedLlamaModel> LoadAsync(string chatTemplate)
    {
        var path = Path.Combine(_folder.FullName, "templated.gguf");
        RandomLlamaGguf.Write(path, new LlamaShape(64, 1, 128, 4, 4), seed: 1, chatTemplate);
        return await LoadedLlamaModel.LoadAsync(path, threads: 1, CancellationToken.None);
    }
}
