/// One parsing event, as produced by ``YAMLParser`` and consumed by ``YAMLComposer``.
enum YAMLEvent {
    case streamEnd
    case documentStart
    case documentEnd
    case alias(String, YAMLMark)
    /// `tag` is the resolved tag (`tag:yaml.org,2002:str`, `!`, `!local`…), nil when there is none.
    case scalar(text: String, style: YAMLToken.ScalarStyle, anchor: String?, tag: String?, mark: YAMLMark)
    case sequenceStart(anchor: String?, mark: YAMLMark)
    case sequenceEnd
    case mappingStart(anchor: String?, mark: YAMLMark)
    case mappingEnd
}
