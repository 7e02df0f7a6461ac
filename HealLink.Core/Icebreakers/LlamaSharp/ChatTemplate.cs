using LLama;
using LLama.Exceptions;
using LLama.Native;

namespace HealLink.Core.Icebreakers.LlamaSharp;

/// <summary>
/// Turns chat messages into the prompt text the model was trained on, with the model's own chat template. llama.cpp
/// recognises the common templates from the Jinja text stored in the GGUF; when the file has none (base models such as
/// stories260K) or one llama.cpp does not recognise, ChatML is used, which most small instruct models understand.
/// </summary>
internal sealed class ChatTemplate
{
    private const string ChatMl = "chatml";

    private readonly string _template;

    private ChatTemplate(string template, bool isModelsOwn)
    {
        _template = template;
        IsModelsOwn = isModelsOwn;
    }

    /// <summary>False when the model's template was absent or unknown to llama.cpp and ChatML is used instead.</summary>
    public bool IsModelsOwn { get; }

    public static ChatTemplate For(SafeLlamaModelHandle model)
    {
        var own = model.GetTemplate(name: null, strict: false);
        if (string.IsNullOrEmpty(own))
        {
            return new ChatTemplate(ChatMl, isModelsOwn: false);
        }

        var candidate = new ChatTemplate(own, isModelsOwn: true);
        try
        {
            candidate.Apply([("user", "probe")]);
            return candidate;
        }
        catch (MissingTemplateException)
        {
            return new ChatTemplate(ChatMl, isModelsOwn: false);
        }
    }

    /// <summary>The prompt for these (role, text) messages, ending where the assistant's answer begins.</summary>
    public string Apply(IEnumerable<(string Role, string Text)> messages)
    {
        var template = new LLamaTemplate(_template) { AddAssistant = true };
        foreach (var (role, text) in messages)
        {
            template.Add(role, text);
        }

        return LLamaTemplate.Encoding.GetString(template.Apply());
    }
}
