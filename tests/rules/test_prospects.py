

def test_prospects_an_act_whose_end_is_to_come_goes_on(registry):
    # "the sooner Russia's war against Ukraine will end": the war is no plan
    doc = parse("""
    0  Russia   _        PROPN  NNP  2  poss  B-GPE
    1  's       _        PART   POS  0  case
    2  war      _        NOUN   NN   7  nsubj
    3  against  _        ADP    IN   2  prep
    4  Ukraine  _        PROPN  NNP  3  pobj  B-GPE
    5  will     _        AUX    MD   7  aux
    6  soon     _        ADV    RB   7  advmod
    7  end      _        VERB   VB   7  ROOT
    8  .        _        PUNCT  .    7  punct
    """, registry)
    assert ended_act(token(doc, "war"), token(doc, "end"))
    wars = [s for s in statements(doc, registry) if s.type == "FIGHT"]
    assert wars and all(s.status is Status.ASSERTED and s.modality is None for s in wars)
