-- The departments of the province that own agreements and commitments. Administrators keep the
-- list up to date in the application (admin/departments); this is the starting list.
INSERT INTO department (code, name_vi, name_en) VALUES
    ('SNGV',    'Sở Ngoại vụ',                                  'Department of Foreign Affairs'),
    ('SCT',     'Sở Công Thương',                               'Department of Industry and Trade'),
    ('SXD',     'Sở Xây dựng',                                  'Department of Construction'),
    ('SNNMT',   'Sở Nông nghiệp và Môi trường',                 'Department of Agriculture and Environment'),
    ('SDL',     'Sở Du lịch',                                   'Department of Tourism'),
    ('SVHTT',   'Sở Văn hóa và Thể thao',                       'Department of Culture and Sports'),
    ('SGDDT',   'Sở Giáo dục và Đào tạo',                       'Department of Education and Training'),
    ('SYT',     'Sở Y tế',                                      'Department of Health'),
    ('SNV',     'Sở Nội vụ',                                    'Department of Home Affairs'),
    ('STC',     'Sở Tài chính',                                 'Department of Finance'),
    ('CAT',     'Công an tỉnh',                                 'Provincial Police'),
    ('BDBP',    'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',            'Provincial Border Guard Command'),
    ('HQMC',    'Chi cục Hải quan Móng Cái',                    'Móng Cái Customs Branch'),
    ('BQLKKT',  'Ban Quản lý Khu kinh tế tỉnh',                 'Provincial Economic Zone Authority'),
    ('UBND-MC', 'UBND thành phố Móng Cái',                      'Móng Cái City People''s Committee'),
    ('UBND-BL', 'UBND huyện Bình Liêu',                         'Bình Liêu District People''s Committee'),
    ('VP-UBND', 'Văn phòng UBND tỉnh',                          'Office of the Provincial People''s Committee'),
    ('VP-TU',   'Văn phòng Tỉnh ủy',                            'Office of the Provincial Party Committee');
